import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { contentTypeFor, rendererSecurityHeaders, resolveRendererPath } from '../host/renderer-files';

/** Security headers for every preview response: the renderer's CSP plus the preview's WebSocket. */
export function securityHeaders(port: number): Record<string, string> {
  return rendererSecurityHeaders({ connectSrc: [`ws://127.0.0.1:${port}`] });
}

/** Serves the built renderer; unknown paths get index.html; nothing outside the folder is reachable. */
export function serveStatic(root: string, port: number, req: IncomingMessage, res: ServerResponse): void {
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
  res.writeHead(200, { 'content-type': contentTypeFor(file), ...securityHeaders(port) });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).on('error', () => res.destroy()).pipe(res);
}
