import { describe, expect, it } from 'vitest';
import { bypasses, parseProxyUrl, proxyFromEnv, routeFor, stripCredentials } from '../../../../../electron/core/net/proxy';

describe('proxy addresses', () => {
  it('splits credentials off (percent-decoded) and fills the default port', () => {
    expect(parseProxyUrl('http://u%40corp:p%3Ass@proxy.corp:3128')).toEqual({ url: 'http://proxy.corp:3128', username: 'u@corp', password: 'p:ss' });
    expect(parseProxyUrl('proxy.corp:8080')).toEqual({ url: 'http://proxy.corp:8080' });
    expect(parseProxyUrl('socks5h://127.0.0.1')).toEqual({ url: 'socks5://127.0.0.1:1080' });
    expect(parseProxyUrl('https://p.example')).toEqual({ url: 'https://p.example:443' });
  });

  it('refuses what it cannot speak, without repeating credentials', () => {
    expect(() => parseProxyUrl('socks4://p:1080')).toThrow(/socks4:\/\/ are not supported/);
    expect(() => parseProxyUrl('http://user:secret@')).toThrow(/not a proxy address/);
    expect(() => parseProxyUrl('http://user:secret@')).not.toThrow(/secret/);
    expect(stripCredentials('http://u:p@h:1')).toBe('http://h:1');
  });
});

describe('bypass lists (Chromium syntax, also NO_PROXY)', () => {
  it.each([
    ['*.corp.example', 'https://api.corp.example/v1', true],
    ['.corp.example', 'https://corp.example/v1', true],
    ['corp.example', 'https://api.corp.example/v1', false],
    ['corp.example', 'https://corp.example/v1', true],
    ['10.0.0.0/8', 'http://10.1.2.3:8000/v1', true],
    ['10.0.0.0/8', 'http://11.1.2.3:8000/v1', false],
    ['gpu-box:8000', 'http://gpu-box:8000/v1', true],
    ['gpu-box:8000', 'http://gpu-box:9000/v1', false],
    ['<local>', 'http://gpu-box:9000/v1', true],
    ['<local>', 'https://api.openai.com/v1', false],
    ['[::2]', 'http://[::2]:8000/v1', true],
    ['*', 'https://api.openai.com/v1', true],
    ['', 'http://localhost:11434', true],
    ['', 'http://127.0.0.1:1234/v1', true],
  ])('%s with %s -> %s', (rule, url, expected) => expect(bypasses(rule, url)).toBe(expected));
});

describe('routes', () => {
  it('reads the standard variables, lowercase first, https falling back to http, NO_PROXY honoured', () => {
    expect(proxyFromEnv({ HTTPS_PROXY: 'http://a:1', https_proxy: 'http://b:2' }, 'https://x.example')).toMatchObject({ kind: 'proxy', url: 'http://b:2', from: 'env' });
    expect(proxyFromEnv({ HTTP_PROXY: 'http://a:1' }, 'https://x.example')).toMatchObject({ kind: 'proxy', url: 'http://a:1' });
    expect(proxyFromEnv({ HTTPS_PROXY: 'http://a:1', NO_PROXY: '.example' }, 'https://x.example')).toEqual({ kind: 'direct', why: 'NO_PROXY' });
    expect(proxyFromEnv({}, 'https://x.example')).toEqual({ kind: 'direct' });
  });

  it('follows the mode: none ignores the variables, custom applies its bypass list', () => {
    const env = { HTTPS_PROXY: 'http://env:1' };
    expect(routeFor({ mode: 'none', bypass: '' }, 'https://x.example', env)).toEqual({ kind: 'direct' });
    expect(routeFor({ mode: 'system', bypass: '' }, 'https://x.example', env)).toMatchObject({ url: 'http://env:1' });
    const custom = { mode: 'custom' as const, url: 'http://p:3128', username: 'u', password: 'pw', bypass: '.internal' };
    expect(routeFor(custom, 'https://x.example', env)).toEqual({ kind: 'proxy', url: 'http://p:3128', username: 'u', password: 'pw', from: 'settings' });
    expect(routeFor(custom, 'https://llm.internal/v1', env)).toEqual({ kind: 'direct', why: 'bypass list' });
  });
});
