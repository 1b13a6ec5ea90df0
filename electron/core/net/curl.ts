import { isStreamingContentType, type Exchange } from '../../shared/exchange';

/** Quotes a string for a POSIX shell. Pure. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

// Headers fetch manages itself; copying them would only confuse curl.
const SKIP = new Set(['content-length', 'host', 'connection', 'accept-encoding']);

/**
 * A curl command that repeats an exchange. Headers are as recorded (redacted) unless `replace`
 * supplies real values by header name (the user asked for the key and confirmed). Pure.
 */
export function toCurl(e: Exchange, replace: Record<string, string> = {}): string {
  const real = new Map(Object.entries(replace).map(([k, v]) => [k.toLowerCase(), v]));
  const parts = ['curl', '-sS', '-X', e.method, shellQuote(e.url)];
  for (const [name, value] of Object.entries(e.request.headers)) {
    if (SKIP.has(name.toLowerCase())) continue;
    parts.push('-H', shellQuote(`${name}: ${real.get(name.toLowerCase()) ?? value}`));
  }
  const present = new Set(Object.keys(e.request.headers).map((k) => k.toLowerCase()));
  for (const [name, value] of Object.entries(replace)) if (!present.has(name.toLowerCase())) parts.push('-H', shellQuote(`${name}: ${value}`));
  if (e.request.body !== undefined) parts.push('--data-raw', shellQuote(e.request.body));
  if (isStreamingContentType(e.response?.headers['content-type'])) parts.push('-N');
  return parts.join(' ');
}
