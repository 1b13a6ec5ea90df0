import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listenPreview, type PreviewListener } from '../../../../electron/web/listener';
import { useTempDir } from '../../../support/temp-dir';

function get(port: number, path: string, method = 'GET'): Promise<{ status: number; body: string; length?: string }> {
  return getWithCaching(port, path, method).then(({ cacheControl: _cacheControl, ...rest }) => rest);
}

function getWithCaching(port: number, path: string, method = 'GET'): Promise<{ status: number; body: string; length?: string; cacheControl?: string }> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body, ...(res.headers['content-length'] ? { length: res.headers['content-length'] } : {}), ...(res.headers['cache-control'] ? { cacheControl: res.headers['cache-control'] } : {}) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

describe('preview listener', () => {
  const dir = useTempDir('sb-listen-');
  let listener: PreviewListener | undefined;
  afterEach(async () => {
    await listener?.close();
    listener = undefined;
  });

  function build(script: string): string {
    const staticDir = join(dir(), 'renderer');
    mkdirSync(join(staticDir, 'assets'), { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><script type="module" src="./assets/app.js"></script><link rel="stylesheet" href="./assets/app.css">');
    writeFileSync(join(staticDir, 'assets', 'app.js'), script);
    writeFileSync(join(staticDir, 'assets', 'app.css'), 'p{}');
    return staticDir;
  }

  it("sends the page's own files as read at start, whole, once; later requests read the disk", async () => {
    const staticDir = build('console.log("first build")');
    listener = await listenPreview({ staticDir, port: 0 });
    writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("rebuilt")');
    const first = await get(listener.port, '/assets/app.js');
    expect(first).toEqual({ status: 200, body: 'console.log("first build")', length: String('console.log("first build")'.length) });
    expect((await get(listener.port, '/assets/app.js')).body).toBe('console.log("rebuilt")');
  });

  it('lets go of the files read at start that no browser asked for (a returning one has them): later requests read the disk', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const staticDir = build('console.log("first build")');
      listener = await listenPreview({ staticDir, port: 0 });
      writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("rebuilt")');
      vi.advanceTimersByTime(10_000);
    } finally {
      vi.useRealTimers();
    }
    expect((await get(listener.port, '/assets/app.js')).body).toBe('console.log("rebuilt")');
  });

  it('lets the browser keep content-named assets for good, and fetch everything else fresh', async () => {
    const staticDir = build('1');
    writeFileSync(join(staticDir, 'assets', 'index-B9cftBAR.js'), 'console.log(1)');
    listener = await listenPreview({ staticDir, port: 0 });
    expect((await getWithCaching(listener.port, '/assets/index-B9cftBAR.js')).cacheControl).toBe('public, max-age=31536000, immutable');
    expect((await getWithCaching(listener.port, '/')).cacheControl).toBe('no-store');
    expect((await getWithCaching(listener.port, '/assets/app.js')).cacheControl).toBe('no-store');
    // An asset of another build is answered with index.html, which the browser must not keep as it.
    expect(await getWithCaching(listener.port, '/assets/index-Zz9cftBA.js')).toMatchObject({ status: 200, cacheControl: 'no-store' });
  });

  it('answers HEAD for a file read ahead without using it up', async () => {
    listener = await listenPreview({ staticDir: build('console.log(1)'), port: 0 });
    expect(await get(listener.port, '/assets/app.js', 'HEAD')).toMatchObject({ status: 200, body: '' });
    expect((await get(listener.port, '/assets/app.js')).body).toBe('console.log(1)');
  });

  it('starts when index.html names a folder, and serves the page', async () => {
    const staticDir = build('1');
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><link rel="preload" href="./assets"><script type="module" src="./assets/app.js"></script>');
    listener = await listenPreview({ staticDir, port: 0 });
    expect((await get(listener.port, '/assets/app.js')).body).toBe('1');
  });
});
