import { attachmentKind, attachmentProblem, formatSize, type AttachmentRef } from '../../shared/attachments';
import { AppError } from '../../shared/errors';
import type { Protocol } from '../../shared/protocols';
import type { WirePart } from '../providers/types';
import { AttachmentStore } from './attachment-store';
import { extractText } from './extract-text';
import { prepareImage } from './images';
import { sniffImageMime } from './sniff';

/** Protocols that read a PDF themselves (Anthropic `document` blocks, Gemini `inlineData`), and how big. */
const NATIVE_PDF: Partial<Record<Protocol, number>> = { anthropic: 32 * 1024 * 1024, gemini: 20 * 1024 * 1024 };

/**
 * Files attached to messages: checked (kind and size, before anything is read), kept by content
 * hash, prepared once (images downscaled with a thumbnail; documents' text taken out), and turned
 * into each protocol's parts when a request is built.
 */
export class AttachmentService {
  readonly store: AttachmentStore;

  constructor(dataDir: string) {
    this.store = new AttachmentStore(dataDir);
  }

  /** Adds a file: refuses what cannot be sent with the reason, keeps the rest, and describes it. */
  async add(name: string, mime: string, bytes: Uint8Array): Promise<AttachmentRef> {
    const problem = attachmentProblem(name, mime, bytes.byteLength);
    if (problem?.reason === 'unsupported') throw new AppError('attachment-unsupported', `${name}: this kind of file cannot be attached (images, PDF, Word, text and code files can).`);
    if (problem?.reason === 'too-large') throw new AppError('attachment-too-large', `${name} is ${formatSize(bytes.byteLength)}; files of this kind can be at most ${formatSize(problem.limit)}.`);
    const found = attachmentKind(name, mime)!;
    const id = AttachmentStore.hash(bytes);
    const ref: AttachmentRef = { id, name: name.split(/[\\/]/).pop() || name, mime: found.mime, size: bytes.byteLength, kind: found.kind };
    if (found.kind === 'image') {
      const image = await prepareImage(bytes, ref.name, found.mime);
      this.store.put(bytes, id);
      this.store.put(image.send.bytes, id, 'send');
      this.store.put(image.thumb, id, 'thumb');
      return { ...ref, width: image.width, height: image.height };
    }
    const extracted = await extractText(found.kind, bytes, ref.name);
    this.store.put(bytes, id);
    this.store.put(Buffer.from(extracted.text, 'utf8'), id, 'text');
    return { ...ref, chars: extracted.text.length, ...(extracted.pages !== undefined ? { pages: extracted.pages } : {}), ...(!extracted.text.trim() ? { note: 'no-text' as const } : extracted.truncated ? { note: 'text-truncated' as const } : {}) };
  }

  /** A file (or its thumbnail) for the window, as base64 with its type. */
  read(id: string, variant: 'original' | 'thumb'): { mime: string; base64: string } {
    const bytes = this.store.get(id, variant) ?? (variant === 'thumb' ? this.store.get(id) : undefined);
    if (!bytes) throw new AppError('not-found', 'That attachment is no longer in the data folder.');
    return { mime: sniffImageMime(bytes) ?? 'application/octet-stream', base64: bytes.toString('base64') };
  }

  /** The part a protocol gets for an attachment: the image, the PDF itself where the protocol reads PDFs, else the text. */
  part(ref: AttachmentRef, protocol: Protocol): WirePart {
    const missing = () => new AppError('attachment-missing', `${ref.name} is no longer in the data folder (attachments/${ref.id.slice(0, 12)}…); remove it from the message or attach it again.`);
    if (ref.kind === 'image') {
      const bytes = this.store.get(ref.id, 'send') ?? this.store.get(ref.id);
      if (!bytes) throw missing();
      return { kind: 'image', name: ref.name, mime: sniffImageMime(bytes) ?? ref.mime, base64: bytes.toString('base64') };
    }
    const nativeLimit = NATIVE_PDF[protocol];
    if (ref.kind === 'pdf' && nativeLimit && ref.size <= nativeLimit) {
      const bytes = this.store.get(ref.id);
      if (!bytes) throw missing();
      return { kind: 'pdf', name: ref.name, base64: bytes.toString('base64') };
    }
    const text = this.store.get(ref.id, 'text');
    if (!text) throw missing();
    return { kind: 'text', name: ref.name, text: text.toString('utf8') };
  }
}
