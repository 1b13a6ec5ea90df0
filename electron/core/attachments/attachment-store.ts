import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** The forms kept of a file: the original, and what was derived from it once. */
export type Variant = 'original' | 'send' | 'thumb' | 'text';

/**
 * Attached files in `<dataDir>/attachments`, named by the sha256 of their content (the same file
 * attached twice is kept once; the history rows hold only the hash). Derived forms (the image as
 * sent, its thumbnail, a document's text) sit beside it. Writes are atomic: a full disk leaves no
 * half file under a real name.
 */
export class AttachmentStore {
  private readonly dir: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'attachments');
  }

  /** The sha256 of some bytes, hex. */
  static hash(bytes: Uint8Array): string {
    return createHash('sha256').update(bytes).digest('hex');
  }

  private path(id: string, variant: Variant): string {
    if (!/^[0-9a-f]{64}$/.test(id)) throw new Error(`Not an attachment id: ${id.slice(0, 80)}`);
    return join(this.dir, variant === 'original' ? id : `${id}.${variant}`);
  }

  has(id: string, variant: Variant = 'original'): boolean {
    return existsSync(this.path(id, variant));
  }

  /** Keeps bytes under their hash (or a derived form of a file); returns the hash. */
  put(bytes: Uint8Array, id = AttachmentStore.hash(bytes), variant: Variant = 'original'): string {
    const path = this.path(id, variant);
    if (existsSync(path)) return id;
    mkdirSync(this.dir, { recursive: true });
    const tmp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } catch (error) {
      closeSync(fd);
      rmSync(tmp, { force: true });
      throw error;
    }
    closeSync(fd);
    renameSync(tmp, path);
    return id;
  }

  /** The bytes of a file or a derived form; undefined when it is not kept. */
  get(id: string, variant: Variant = 'original'): Buffer | undefined {
    const path = this.path(id, variant);
    return existsSync(path) ? readFileSync(path) : undefined;
  }
}
