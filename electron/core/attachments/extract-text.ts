import { DOCUMENT_TEXT_LIMIT, type AttachmentKind } from '../../shared/attachments';
import { AppError } from '../../shared/errors';

/** A document's text, how many pages it had, and whether it had to be cut. */
export interface ExtractedText {
  text: string;
  pages?: number;
  truncated: boolean;
}

// Text files must be text: a NUL byte or invalid UTF-8 means a binary file with a text name.
function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new AppError('attachment-binary', `${name} is not a text file (it has binary content).`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('attachment-binary', `${name} is not UTF-8 text.`);
  }
}

// pdf.js (the legacy build runs in Node without a DOM or a worker): the text of every page.
async function pdfText(bytes: Uint8Array, name: string): Promise<{ text: string; pages: number }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (error) {
    throw new AppError('attachment-unreadable', `${name} could not be read as a PDF (${(error as Error).message}).`);
  }
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join('').trim());
  }
  await doc.destroy();
  return { text: pages.filter(Boolean).join('\n\n'), pages: doc.numPages };
}

// mammoth: a Word document's raw text (paragraphs kept apart).
async function docxText(bytes: Uint8Array, name: string): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  try {
    return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value.trim();
  } catch (error) {
    throw new AppError('attachment-unreadable', `${name} could not be read as a Word document (${(error as Error).message}).`);
  }
}

/** The text of a document attachment (PDF, Word, text and code), cut at DOCUMENT_TEXT_LIMIT. */
export async function extractText(kind: Exclude<AttachmentKind, 'image'>, bytes: Uint8Array, name: string): Promise<ExtractedText> {
  const { text, pages } = kind === 'pdf' ? await pdfText(bytes, name) : { text: kind === 'docx' ? await docxText(bytes, name) : decodeText(bytes, name), pages: undefined };
  const truncated = text.length > DOCUMENT_TEXT_LIMIT;
  return { text: truncated ? text.slice(0, DOCUMENT_TEXT_LIMIT) : text, ...(pages !== undefined ? { pages } : {}), truncated };
}
