import { createHash } from 'node:crypto';
import type { AuthSummary } from '../../shared/exchange';
import { maskSecret } from './mask';
import { SecretSet } from './secret-set';

/** Header names whose values are credentials (lower case). */
export const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'x-api-key', 'api-key', 'x-goog-api-key', 'cookie', 'set-cookie']);

/** True for a header whose value is a credential. */
export function isSecretHeader(name: string): boolean {
  return SECRET_HEADERS.has(name.toLowerCase());
}

/** URL query parameters that carry credentials. */
export const SECRET_QUERY_PARAMS = ['key', 'api_key', 'api-key', 'apikey', 'access_token', 'token', 'auth'];

const EMPTY_TOKENS = new Set(['', 'undefined', 'null', 'nil', 'none', '""', "''"]);

// Every request fingerprints its key twice (the redacted header, the auth summary) before it is
// sent, and hashing is the costliest step of recording a request: the last few are kept.
const recentFingerprints = new Map<string, string>();

/** First 8 hex digits of SHA-256: enough to tell two keys apart, useless to recover one. */
export function fingerprint(secret: string): string {
  const known = recentFingerprints.get(secret);
  if (known !== undefined) return known;
  const print = createHash('sha256').update(secret, 'utf8').digest('hex').slice(0, 8);
  remember(recentFingerprints, secret, print);
  return print;
}

/** Adds to a small memo of pure derivations from secrets, dropping the oldest entry past its bound. */
function remember<T>(memo: Map<string, T>, key: string, value: T): void {
  memo.set(key, value);
  if (memo.size > RECENT_LIMIT) memo.delete(memo.keys().next().value!);
}
const RECENT_LIMIT = 8;

/** Splits `Bearer xyz` into scheme and token; a raw key has no scheme. */
export function splitScheme(value: string): { scheme?: string; token: string } {
  // Exactly one space separates the scheme; anything more belongs to the token and is shown.
  const m = /^(Bearer|Basic|Token)(?: |$)(.*)$/is.exec(value);
  return m ? { scheme: m[1], token: m[2] ?? '' } : { token: value };
}

/** True when a credential header carries nothing usable. */
export function isEmptyCredential(value: string): boolean {
  return EMPTY_TOKENS.has(splitScheme(value).token.trim().toLowerCase());
}

/** `Bearer sk-t…9fQx (51 chars, sha256 1a2b3c4d)`, or a visible marker when empty. */
export function redactCredential(value: string): string {
  const { scheme, token } = splitScheme(value);
  const prefix = scheme ? `${scheme} ` : '';
  if (isEmptyCredential(value)) return `${prefix}${token === '' ? '(empty)' : `${token} (empty)`}`;
  return `${prefix}${maskSecret(token)} (${token.length} chars, sha256 ${fingerprint(token)})`;
}

/**
 * Redacts every credential header (by name), and any other header whose value holds one of the
 * secrets in any form (a host echoing the key in a response header, a custom gateway token).
 */
export function redactHeaders(headers: Record<string, string>, secrets?: SecretSet): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name] = SECRET_HEADERS.has(name.toLowerCase()) ? redactCredential(value) : secrets?.foundIn(value) ? secrets.scrub(value) : value;
  }
  return out;
}

/** Redacts credential query parameters (`?key=` for Gemini), then any secret anywhere in the URL. */
export function redactUrl(url: string, secrets?: SecretSet): string {
  const masked = maskQueryCredentials(url);
  return secrets ? secrets.scrub(masked) : masked;
}

function maskQueryCredentials(url: string): string {
  // No query, no query credentials: parsing the URL (every request, twice) is the costly part.
  if (!url.includes('?')) return url;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  let changed = false;
  for (const name of SECRET_QUERY_PARAMS) {
    const value = parsed.searchParams.get(name);
    if (value !== null) {
      parsed.searchParams.set(name, isEmptyCredential(value) ? '(empty)' : `${maskSecret(value)}`);
      changed = true;
    }
  }
  return changed ? parsed.toString() : url;
}

/** The secret values carried in headers and URL, so they can be scrubbed from everything else. */
export function collectSecrets(headers: Record<string, string>, url: string): string[] {
  const secrets: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (!SECRET_HEADERS.has(name.toLowerCase())) continue;
    const { token } = splitScheme(value);
    if (!isEmptyCredential(value)) secrets.push(token, token.trim());
  }
  // Without a `?` there are no query parameters: skip the URL parse on the request's hot path.
  if (url.includes('?')) {
    try {
      const parsed = new URL(url);
      for (const name of SECRET_QUERY_PARAMS) {
        const v = parsed.searchParams.get(name);
        if (v) secrets.push(v);
      }
    } catch {
      // An unparsable URL carries no query secrets we can find.
    }
  }
  return [...new Set(secrets)].sort((a, b) => b.length - a.length);
}

// A SecretSet is immutable and costly to build (every encoded form of every secret), and each
// request asks for the same one at least twice (the chat run, then the recording fetch) before its
// first byte goes out: the last few are kept, keyed by everything they are derived from.
const recentSecretSets = new Map<string, SecretSet>();

/** The secrets of a request: its credentials, plus extra values (custom header values). */
export function requestSecrets(headers: Record<string, string>, url: string, extra: readonly string[] = []): SecretSet {
  const key = JSON.stringify([headers, url, extra]);
  const known = recentSecretSets.get(key);
  if (known) return known;
  const set = new SecretSet([...collectSecrets(headers, url), ...extra]);
  remember(recentSecretSets, key, set);
  return set;
}

/** Describes the credential in the expected header (or any credential header if that one is absent). */
export function summarizeAuth(headers: Record<string, string>, expectedHeader: string): AuthSummary {
  const entries = Object.entries(headers);
  const find = (name: string) => entries.find(([k]) => k.toLowerCase() === name.toLowerCase());
  const hit = find(expectedHeader) ?? entries.find(([k]) => SECRET_HEADERS.has(k.toLowerCase()) && k.toLowerCase() !== 'cookie');
  if (!hit) return { header: expectedHeader, present: false, empty: true };
  const [header, raw] = hit;
  // What goes out: fetch strips whitespace at both ends of a header value before sending it.
  const value = raw.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
  const { scheme, token } = splitScheme(value);
  const empty = isEmptyCredential(value);
  return {
    header,
    present: true,
    empty,
    ...(scheme ? { scheme } : {}),
    ...(empty ? {} : { masked: maskSecret(token), length: token.length, fingerprint: fingerprint(token) }),
  };
}
