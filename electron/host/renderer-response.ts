import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { contentTypeFor, rendererSecurityHeaders, resolveRendererPath } from './renderer-files';

/**
 * Answers a request for the built renderer as a fetch Response: the file inside `root` (client
 * routes fall back to index.html), 400/403 for malformed or escaping paths, 405 for anything but
 * GET/HEAD. Every answer carries the renderer's CSP. Used by the desktop app's scheme handler.
 */
export async function serveRendererRequest(root: string, url: string, method = 'GET'): Promise<Response> {
  const headers = rendererSecurityHeaders();
  if (method !== 'GET' && method !== 'HEAD') return new Response(null, { status: 405, headers: { ...headers, allow: 'GET, HEAD' } });
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return new Response('Bad request', { status: 400, headers });
  }
  const target = resolveRendererPath(root, pathname);
  if (target.kind === 'refused') return new Response(target.status === 400 ? 'Bad request' : 'Forbidden', { status: target.status, headers });
  let file = target.file;
  if (!(await isFile(file))) file = join(root, 'index.html');
  try {
    const body = await readFile(file);
    return new Response(method === 'HEAD' ? null : body, { status: 200, headers: { ...headers, 'content-type': contentTypeFor(file) } });
  } catch {
    return new Response('Not found', { status: 404, headers });
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
