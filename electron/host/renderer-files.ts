import { extname, join, normalize, resolve, sep } from 'node:path';

/** Content types of the files a built renderer contains. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** The content type for a file name, by extension. Pure. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Where a renderer URL path leads: a file inside the root, or a refusal with its HTTP status. */
export type RendererFile = { kind: 'file'; file: string; fallback: boolean } | { kind: 'refused'; status: 400 | 403; reason: string };

/**
 * Maps a URL path to a file inside `root`. A path that does not decode is a bad request (400); one
 * that leaves the root after decoding and normalising is refused (403); every other path is a file
 * of the root or, for client-side routes, `index.html` (the caller checks existence). Pure.
 */
export function resolveRendererPath(root: string, pathname: string): RendererFile {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'refused', status: 400, reason: 'malformed percent-encoding' };
  }
  if (decoded.includes('\0')) return { kind: 'refused', status: 400, reason: 'NUL in path' };
  const base = resolve(root);
  const file = normalize(join(base, decoded));
  if (file !== base && !file.startsWith(base + sep)) return { kind: 'refused', status: 403, reason: 'outside the renderer folder' };
  const isDirectory = file === base || decoded.endsWith('/');
  return isDirectory ? { kind: 'file', file: join(base, 'index.html'), fallback: true } : { kind: 'file', file, fallback: false };
}

/** Sources the renderer may reach besides itself (the preview's WebSocket). */
export interface CspOptions {
  connectSrc?: string[];
}

/**
 * The renderer's Content-Security-Policy, sent as a response header by whoever serves it (the
 * Electron scheme handler, the preview server). No 'unsafe-inline': React sets styles through the
 * CSSOM, which CSP allows; style attributes in HTML strings are refused. Pure.
 */
export function rendererCsp(options: CspOptions = {}): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${["'self'", ...(options.connectSrc ?? [])].join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "worker-src 'self' blob:",
  ].join('; ');
}

/** Headers every renderer response carries besides its content type. Pure. */
export function rendererSecurityHeaders(options: CspOptions = {}): Record<string, string> {
  return {
    'content-security-policy': rendererCsp(options),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  };
}
