import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveRendererRequest } from '../../../../electron/host/renderer-response';
import { useTempDir } from '../../../support/temp-dir';

describe('serving the renderer as responses', () => {
  const dir = useTempDir('sb-renderer-');
  const setup = () => {
    const root = join(dir(), 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(root, 'assets', 'a.js'), 'console.log(1)');
    writeFileSync(join(dir(), 'secret.txt'), 'outside');
    return root;
  };
  it('serves files with their type and the CSP, and client routes as index.html', async () => {
    const root = setup();
    const js = await serveRendererRequest(root, 'app://switchboard/assets/a.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toContain('text/javascript');
    expect(js.headers.get('content-security-policy')).toContain("script-src 'self'");
    const route = await serveRendererRequest(root, 'app://switchboard/settings/together');
    expect(await route.text()).toContain('<title>app</title>');
  });
  it('never serves a file outside the root, and refuses methods other than GET and HEAD', async () => {
    const root = setup();
    // An encoded slash survives URL parsing and is refused after decoding; `%2e%2e` segments are
    // resolved by the URL parser itself, inside the root (so the client-route fallback answers).
    const escaped = await serveRendererRequest(root, 'app://switchboard/..%2Fsecret.txt');
    expect(escaped.status).toBe(403);
    for (const url of ['app://switchboard/..%2Fsecret.txt', 'app://switchboard/%2e%2e/secret.txt', 'app://switchboard/a/..%2F..%2Fsecret.txt']) {
      expect(await (await serveRendererRequest(root, url)).text(), url).not.toContain('outside');
    }
    expect((await serveRendererRequest(root, 'app://switchboard/%')).status).toBe(400);
    expect((await serveRendererRequest(root, 'app://switchboard/', 'POST')).status).toBe(405);
  });
});
