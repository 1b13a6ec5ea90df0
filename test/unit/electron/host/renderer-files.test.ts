import { describe, expect, it } from 'vitest';
import { contentTypeFor, rendererCsp, resolveRendererPath } from '../../../../electron/host/renderer-files';

describe('renderer files', () => {
  const root = '/opt/app 100% done~/dist/renderer';
  it('maps paths to files inside the root, directories to index.html', () => {
    expect(resolveRendererPath(root, '/assets/index-abc.js')).toEqual({ kind: 'file', file: `${root}/assets/index-abc.js`, fallback: false });
    expect(resolveRendererPath(root, '/')).toEqual({ kind: 'file', file: `${root}/index.html`, fallback: true });
    expect(resolveRendererPath(root, '/a%20b.css')).toMatchObject({ file: `${root}/a b.css` });
  });
  it('refuses traversal (encoded or not), NULs and malformed escapes', () => {
    for (const path of ['/../secret.txt', '/..%2Fsecret.txt', '/%2e%2e/%2e%2e/etc/passwd', '/assets/../../x']) {
      expect(resolveRendererPath(root, path), path).toMatchObject({ kind: 'refused', status: 403 });
    }
    expect(resolveRendererPath(root, '/%')).toMatchObject({ kind: 'refused', status: 400 });
    expect(resolveRendererPath(root, '/a%00b')).toMatchObject({ kind: 'refused', status: 400 });
  });
  it('names content types by extension', () => {
    expect(contentTypeFor('x/index.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('blob.bin')).toBe('application/octet-stream');
  });
  it('has a strict CSP: self only, no inline styles or scripts, no plugins, no framing', () => {
    const csp = rendererCsp({ connectSrc: ['ws://127.0.0.1:1'] });
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe');
    expect(csp).toContain("connect-src 'self' ws://127.0.0.1:1");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });
});
