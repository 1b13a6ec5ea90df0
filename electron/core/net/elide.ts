import { createHash } from 'node:crypto';
import { formatSize } from '../../shared/attachments';

const MIN_ELIDED = 1024;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const DATA_URL = /^data:([\w.+-]+\/[\w.+-]+);base64,(.*)$/s;
// Keys beside a base64 value that name its type (Anthropic, Gemini, OpenAI).
const TYPE_KEYS = ['media_type', 'mimeType', 'mime_type'];

function label(base64: string, mime: string | undefined): string {
  const bytes = Buffer.from(base64, 'base64');
  return `<${mime ?? 'binary'} ${formatSize(bytes.byteLength)} sha256 ${createHash('sha256').update(bytes).digest('hex').slice(0, 8)}…>`;
}

function walk(value: unknown, siblingType?: string): unknown {
  if (typeof value === 'string') {
    if (value.length < MIN_ELIDED) return value;
    const url = DATA_URL.exec(value);
    if (url && BASE64.test(url[2]!)) return label(url[2]!, url[1]);
    return BASE64.test(value) ? label(value, siblingType) : value;
  }
  if (Array.isArray(value)) return value.map((v) => walk(v));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const type = TYPE_KEYS.map((k) => record[k]).find((v): v is string => typeof v === 'string');
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, walk(v, type)]));
  }
  return value;
}

/**
 * A request body as the wire log keeps it: attachments (base64 images, PDFs, data URLs) replaced by
 * `<image/png 183 KB sha256 1a2b3c4d…>`, so the log, HAR and `--json` never carry megabytes of
 * base64. Bodies that are not JSON, or carry nothing long, come back unchanged.
 */
export function elideBinary(body: string): string {
  if (body.length < MIN_ELIDED || !/^\s*[[{]/.test(body)) return body;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return body;
  }
  const elided = walk(parsed);
  const text = JSON.stringify(elided);
  return text.length < body.length ? text : body;
}
