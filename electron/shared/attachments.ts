/** What an attached file is treated as. */
export type AttachmentKind = 'image' | 'pdf' | 'docx' | 'text';

/** A file attached to a message: kept in the data folder by its content hash, described here. */
export interface AttachmentRef {
  /** sha256 of the content, hex: the file's name in the attachments folder. */
  id: string;
  name: string;
  mime: string;
  size: number;
  kind: AttachmentKind;
  /** Images: the original pixel size. */
  width?: number;
  height?: number;
  /** Documents: pages (PDF) and the characters of text taken out of them. */
  pages?: number;
  chars?: number;
  /** Something the user should know: a scanned PDF has no text; the text was cut at the limit. */
  note?: 'no-text' | 'text-truncated';
}

/**
 * The largest file of each kind, checked from its size before it is read (documented in the README).
 * None is above 100 MB.
 */
export const ATTACHMENT_LIMITS: Record<AttachmentKind, number> = {
  image: 30 * 1024 * 1024,
  pdf: 50 * 1024 * 1024,
  docx: 30 * 1024 * 1024,
  text: 10 * 1024 * 1024,
};

/** The most text a document contributes to a request; past it the text is cut and the user told. */
export const DOCUMENT_TEXT_LIMIT = 200_000;

const IMAGE_TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp', gif: 'image/gif' };
const TEXT_EXTENSIONS = new Set(['txt', 'md', 'markdown', 'csv', 'tsv', 'json', 'jsonl', 'yaml', 'yml', 'toml', 'xml', 'html', 'htm', 'css', 'js', 'mjs', 'cjs', 'ts', 'tsx', 'jsx', 'py', 'rb', 'go', 'rs', 'java', 'kt', 'swift', 'c', 'h', 'cc', 'cpp', 'hpp', 'cs', 'php', 'sh', 'bash', 'zsh', 'sql', 'r', 'lua', 'pl', 'scala', 'dart', 'vue', 'svelte', 'ini', 'cfg', 'conf', 'log', 'env', 'gitignore', 'dockerfile', 'makefile', 'tex', 'rst', 'srt', 'vtt']);

function extensionOf(name: string): string {
  const base = name.toLowerCase().split(/[\\/]/).pop() ?? '';
  if (base === 'dockerfile' || base === 'makefile') return base;
  const dot = base.lastIndexOf('.');
  return dot >= 0 ? base.slice(dot + 1) : '';
}

/**
 * What a file is, from its type and name: an image (PNG, JPEG, WebP, GIF), a PDF, a Word document,
 * or text (plain text, Markdown, CSV, JSON, code); undefined when it is none of these. Pure.
 */
export function attachmentKind(name: string, mime: string): { kind: AttachmentKind; mime: string } | undefined {
  const ext = extensionOf(name);
  const type = mime.toLowerCase().split(';')[0]!.trim();
  if (Object.values(IMAGE_TYPES).includes(type)) return { kind: 'image', mime: type };
  if (IMAGE_TYPES[ext]) return { kind: 'image', mime: IMAGE_TYPES[ext]! };
  if (type === 'application/pdf' || ext === 'pdf') return { kind: 'pdf', mime: 'application/pdf' };
  if (type === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' || ext === 'docx') return { kind: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
  if (type.startsWith('text/') || type === 'application/json' || TEXT_EXTENSIONS.has(ext)) return { kind: 'text', mime: type.startsWith('text/') || type === 'application/json' ? type : 'text/plain' };
  return undefined;
}

/** Bytes for people: `183 KB`, `4.2 MB`. Pure. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Why a file cannot be attached, before it is read: its kind, or its size against that kind's limit. Pure. */
export function attachmentProblem(name: string, mime: string, size: number): { reason: 'unsupported' } | { reason: 'too-large'; limit: number } | undefined {
  const found = attachmentKind(name, mime);
  if (!found) return { reason: 'unsupported' };
  const limit = ATTACHMENT_LIMITS[found.kind];
  return size > limit ? { reason: 'too-large', limit } : undefined;
}
