import ipaddr from 'ipaddr.js';
import { AppError } from '../../shared/errors';
import type { ProxyMode } from '../../shared/proxy';

/** The proxy in effect: mode, where it is, who we are to it, and what goes direct. */
export interface ProxyConfig {
  mode: ProxyMode;
  /** Without credentials. */
  url?: string;
  username?: string;
  password?: string;
  bypass: string;
}

/** How one request travels: straight to the host, or through a proxy. */
export type ProxyRoute = { kind: 'direct'; why?: string } | { kind: 'proxy'; url: string; username?: string; password?: string; from: 'settings' | 'env' };

/** The default: whatever the system says. */
export const SYSTEM_PROXY: ProxyConfig = { mode: 'system', bypass: '' };

/**
 * Reads a proxy URL as typed: http, https or socks5 (`socks5h` and `socks` read as socks5, which
 * resolves names at the proxy anyway), credentials split off (percent-decoded). Throws a clear
 * error for anything else. Pure.
 */
export function parseProxyUrl(text: string): { url: string; username?: string; password?: string } {
  const trimmed = text.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  let parsed: URL;
  try {
    parsed = new URL(withScheme);
  } catch {
    throw new AppError('invalid-proxy', `"${stripCredentials(trimmed)}" is not a proxy address; write it like http://proxy.example:3128 or socks5://127.0.0.1:1080.`);
  }
  const scheme = parsed.protocol.replace(/:$/, '').toLowerCase();
  const normalized = scheme === 'socks5h' || scheme === 'socks' ? 'socks5' : scheme;
  if (normalized !== 'http' && normalized !== 'https' && normalized !== 'socks5') throw new AppError('invalid-proxy', `Proxies of type ${scheme}:// are not supported; use http://, https:// or socks5://.`);
  if (!parsed.hostname) throw new AppError('invalid-proxy', 'The proxy address has no host name.');
  const port = parsed.port || (normalized === 'socks5' ? '1080' : normalized === 'https' ? '443' : '80');
  const username = parsed.username ? decodeURIComponent(parsed.username) : undefined;
  const password = parsed.password ? decodeURIComponent(parsed.password) : undefined;
  return { url: `${normalized}://${parsed.hostname}:${port}`, ...(username ? { username } : {}), ...(password ? { password } : {}) };
}

/** A URL with any `user:pass@` removed, for messages. Pure. */
export function stripCredentials(text: string): string {
  return text.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1');
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|::1|\[::1\])$/i;

// One bypass rule against a host: `*`, `<local>`, `.suffix`/`*.suffix`, `host[:port]`, or a CIDR.
function ruleMatches(rule: string, host: string, port: string): boolean {
  if (rule === '*') return true;
  if (rule === '<local>') return !host.includes('.') || LOOPBACK.test(host);
  const cidr = rule.includes('/') ? safeCidr(rule) : undefined;
  if (cidr) return ipaddr.isValid(host) && ipaddr.parse(host).kind() === cidr[0].kind() && ipaddr.parse(host).match(cidr);
  const { pattern, rulePort } = splitPort(rule);
  if (rulePort && rulePort !== port) return false;
  const bare = pattern.toLowerCase();
  if (bare.startsWith('*.') || bare.startsWith('.')) return host.endsWith(bare.replace(/^\*/, '')) || host === bare.replace(/^\*?\./, '');
  return host === bare;
}

// `host:port`, `[v6]:port`, `[v6]`, a bare IPv6 address or a host: the pattern and the port, if any.
function splitPort(rule: string): { pattern: string; rulePort?: string } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(rule);
  if (bracketed) return { pattern: bracketed[1]!, ...(bracketed[2] ? { rulePort: bracketed[2] } : {}) };
  const hostPort = /^([^:]+):(\d+)$/.exec(rule);
  return hostPort ? { pattern: hostPort[1]!, rulePort: hostPort[2]! } : { pattern: rule };
}

function safeCidr(rule: string): [ipaddr.IPv4 | ipaddr.IPv6, number] | undefined {
  try {
    return ipaddr.parseCIDR(rule);
  } catch {
    return undefined;
  }
}

/**
 * True when a URL's host goes direct under a bypass list (Chromium's syntax, also what NO_PROXY
 * holds): comma- or space-separated rules; loopback always goes direct, as in Chromium. Pure.
 */
export function bypasses(bypass: string, url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = parsed.port || (parsed.protocol === 'https:' ? '443' : '80');
  if (LOOPBACK.test(host)) return true;
  return bypass
    .split(/[\s,]+/)
    .map((r) => r.trim())
    .filter(Boolean)
    .some((rule) => ruleMatches(rule.toLowerCase(), host, port));
}

/** The proxy the standard variables name for a URL (lowercase first, as curl and undici read them). Pure. */
export function proxyFromEnv(env: Readonly<Record<string, string | undefined>>, url: string): ProxyRoute {
  const pick = (name: string) => env[name.toLowerCase()] ?? env[name.toUpperCase()];
  const https = url.startsWith('https:');
  const value = (https ? pick('https_proxy') : undefined) ?? pick('http_proxy') ?? pick('all_proxy');
  if (!value) return { kind: 'direct' };
  const noProxy = pick('no_proxy') ?? '';
  if (bypasses(noProxy, url)) return { kind: 'direct', why: 'NO_PROXY' };
  const { url: proxy, ...credentials } = parseProxyUrl(value);
  return { kind: 'proxy', url: proxy, ...credentials, from: 'env' };
}

/** How a request to `url` travels under a config (in Node; Electron's system mode asks Chromium). Pure. */
export function routeFor(config: ProxyConfig, url: string, env: Readonly<Record<string, string | undefined>>): ProxyRoute {
  if (config.mode === 'none') return { kind: 'direct' };
  if (config.mode === 'system') return proxyFromEnv(env, url);
  if (!config.url) return { kind: 'direct' };
  if (bypasses(config.bypass, url)) return { kind: 'direct', why: 'bypass list' };
  return { kind: 'proxy', url: config.url, ...(config.username ? { username: config.username } : {}), ...(config.password ? { password: config.password } : {}), from: 'settings' };
}

/**
 * Chromium's answer to "which proxy for this URL" (`session.resolveProxy`): `DIRECT`, or
 * `PROXY h:p`, `HTTPS h:p`, `SOCKS5 h:p`, `SOCKS h:p`, several joined by `;`. The first entry is
 * the one used; returned as a URL without credentials, or undefined for direct. Pure.
 */
export function proxyFromPac(pac: string): string | undefined {
  const first = pac.split(';')[0]?.trim() ?? '';
  const match = /^(PROXY|HTTPS|SOCKS5|SOCKS4|SOCKS|QUIC)\s+(\S+)$/i.exec(first);
  if (!match) return undefined;
  const scheme = { PROXY: 'http', HTTPS: 'https', SOCKS5: 'socks5', SOCKS4: 'socks4', SOCKS: 'socks4', QUIC: 'quic' }[match[1]!.toUpperCase() as 'PROXY'];
  return `${scheme}://${match[2]}`;
}

/** Electron's session proxy config for a setting (credentials never go here: Chromium rejects them). Pure. */
export function electronProxyConfig(config: ProxyConfig): { mode: 'direct' | 'system' | 'fixed_servers'; proxyRules?: string; proxyBypassRules?: string } {
  if (config.mode === 'none') return { mode: 'direct' };
  if (config.mode === 'system' || !config.url) return { mode: 'system' };
  return { mode: 'fixed_servers', proxyRules: config.url, ...(config.bypass ? { proxyBypassRules: config.bypass } : {}) };
}
