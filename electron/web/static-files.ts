import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { contentTypeFor, rendererSecurityHeaders, resolveRendererPath } from '../host/renderer-files';

/** Security headers for every preview response: the renderer's CSP plus the preview's WebSocket. */
export function securityHeaders(port: number): Record<string, string> {
  return rendererSecurityHeaders({ connectSrc: [`ws://127.0.0.1:${port}`] });
}

// A built file under assets/ is named by its content (Vite's `name-hash.ext`): the same name
// always holds the same bytes.
const HASHED_ASSET = /^\/assets\/[^/]+-[\w-]{8}\.\w+$/;

/**
 * The one exception to the renderer's `no-store` (renderer-files.ts): a content-named asset, served
 * as itself, may be kept for good, so a returning page takes its ~350 KB of scripts from the
 * browser's cache (and V8's code cache), not from the network and the compiler. index.html, which
 * names the current build's files, and index.html sent for a missing asset are never kept. Pure.
 */
export function keptForGood(pathname: string, servedAsItself: boolean): Record<string, string> {
  return servedAsItself && HASHED_ASSET.test(pathname) ? { 'cache-control': 'public, max-age=31536000, immutable' } : {};
}

/**
 * Serves the built renderer; unknown paths get index.html; nothing outside the folder is reachable.
 * A file found in `ahead` (read before the browser asked: the page's own files at start) is sent
 * from memory in one write and taken out of it, so a later request reads the file as it is then.
 */
export function serveStatic(root: string, port: number, req: IncomingMessage, res: ServerResponse, ahead?: Map<string, Buffer>): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  let pathname: string;
  try {
    pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  } catch {
    res.writeHead(400).end('Bad request');
    return;
  }
  const target = resolveRendererPath(root, pathname);
  if (target.kind === 'refused') {
    res.writeHead(target.status).end(target.status === 400 ? 'Bad request' : 'Forbidden');
    return;
  }
  let file = target.file;
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
  const headers = { 'content-type': contentTypeFor(file), ...securityHeaders(port), ...keptForGood(pathname, file === target.file) };
  const read = ahead?.get(file);
  if (read && req.method === 'GET') {
    ahead!.delete(file);
    res.writeHead(200, { ...headers, 'content-length': read.byteLength }).end(read);
    return;
  }
  res.writeHead(200, headers);
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).on('error', () => res.destroy()).pipe(res);
}
