import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { AttachmentService } from '../core/attachments/attachment-service';
import { attachmentKind, attachmentProblem, formatSize, type AttachmentRef } from '../shared/attachments';
import { AppError } from '../shared/errors';
import { UsageError } from './usage';

/**
 * Checks every `--attach FILE` before anything is read or sent: it must exist, be a file, be of a
 * kind that can be attached, and be within that kind's size limit (from its size on disk).
 */
export function checkAttachFiles(files: readonly string[]): void {
  for (const file of files) {
    let size: number;
    try {
      const st = statSync(file);
      if (!st.isFile()) throw new UsageError(`--attach ${file}: not a file.`, 'chat');
      size = st.size;
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`--attach ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`, 'chat');
    }
    const problem = attachmentProblem(basename(file), '', size);
    if (problem?.reason === 'unsupported') throw new UsageError(`--attach ${file}: this kind of file cannot be attached (images, PDF, Word, text and code files can).`, 'chat');
    if (problem?.reason === 'too-large') throw new UsageError(`--attach ${file}: ${formatSize(size)} is over the ${formatSize(problem.limit)} limit for ${attachmentKind(basename(file), '')!.kind} files.`, 'chat');
  }
}

/**
 * Adds the attached files to an attachment store: the data folder's (the app then shows them in the
 * history) or, without one, a temporary folder removed when the run ends.
 */
export async function addAttachments(files: readonly string[], dataDir: string | undefined): Promise<{ service: AttachmentService; refs: AttachmentRef[]; cleanup(): void }> {
  const temp = dataDir ? undefined : mkdtempSync(join(tmpdir(), 'switchboard-cli-'));
  const service = new AttachmentService(dataDir ?? temp!);
  const refs: AttachmentRef[] = [];
  try {
    for (const file of files) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (error) {
        throw new UsageError(`--attach ${file}: ${(error as Error).message}.`, 'chat');
      }
      try {
        refs.push(await service.add(basename(file), '', bytes));
      } catch (error) {
        throw error instanceof AppError ? new UsageError(`--attach ${file}: ${error.message}`, 'chat') : error;
      }
    }
  } catch (error) {
    if (temp) rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  return { service, refs, cleanup: () => temp && rmSync(temp, { recursive: true, force: true }) };
}
