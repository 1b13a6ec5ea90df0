import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';

/** How the emulator should misbehave for the next requests. */
export type Misbehaviour =
  | 'none'
  | 'html-error'
  | 'stall-before-headers'
  | 'stall'
  | 'reset-mid-stream'
  | 'truncated'
  | 'empty-stream'
  | 'drip'
  | 'gzip'
  | 'huge-chunk'
  | 'malformed-chunk'
  | 'rate-limit'
  | 'quota'
  | 'billing'
  | 'overloaded'
  | 'error-in-stream'
  | 'redirect-cross-origin'
  | 'echo-key'
  | 'echo-key-in-header'
  | 'echo-key-in-answer'
  | 'echo-key-in-location';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Faults that answer before the provider would (an HTML page, silence, a redirect). True when handled. */
export function answerEarly(mode: Misbehaviour, req: IncomingMessage, res: ServerResponse, ctx: { port: number; key: string }): boolean {
  if (mode === 'html-error') {
    res.writeHead(502, { 'content-type': 'text/html' });
    res.end('<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>');
    return true;
  }
  if (mode === 'stall-before-headers') return true; // keep the socket open, say nothing at all
  if (mode === 'redirect-cross-origin' && req.headers.host?.startsWith('127.0.0.1')) {
    // To the same server under another name: another origin, so fetch drops the auth header.
    res.writeHead(307, { location: `http://localhost:${ctx.port}${req.url}` });
    res.end();
    return true;
  }
  if (mode === 'echo-key-in-location' && !req.url?.includes('hop=1')) {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${ctx.port}`);
    url.searchParams.set('hop', '1');
    url.searchParams.set('key', ctx.key);
    res.writeHead(302, { location: url.pathname + url.search });
    res.end();
    return true;
  }
  return false;
}

/** Headers to add to a normal answer (a host echoing the key in a header). */
export function extraHeaders(mode: Misbehaviour, key: string): Record<string, string> {
  return mode === 'echo-key-in-header' ? { 'x-echo-authorization': `Bearer ${key}`, 'x-request-note': `auth=${Buffer.from(key).toString('base64')}` } : {};
}

/** The frames of an answer with the stream faults that change what is sent (not how). */
export function shapeFrames(mode: Misbehaviour, frames: string[], firstText: number): string[] {
  switch (mode) {
    case 'empty-stream':
      return [];
    case 'truncated':
      // Two pieces of text, then a clean end: no finish reason, no end marker.
      return frames.slice(0, firstText + 2);
    case 'huge-chunk': {
      const huge = 'x'.repeat(10 * 1024 * 1024);
      const at = frames[firstText] ?? '';
      const text = /"(?:content|text|delta)":"([^"]*)"/.exec(at)?.[1] ?? '';
      return [...frames.slice(0, firstText), at.replace(`"${text}"`, `"${huge}"`), ...frames.slice(firstText + 1)];
    }
    default:
      return frames;
  }
}

/**
 * Writes an answer's frames as the host would, with the faults that change how: a pause between
 * frames, a stall or reset after the second piece of text, a malformed chunk, an error event,
 * byte-by-byte drip, or the whole body gzipped.
 */
export async function writeFrames(mode: Misbehaviour, res: ServerResponse, frames: string[], firstText: number, delayMs: number): Promise<void> {
  if (mode === 'gzip') {
    res.end(gzipSync(Buffer.from(frames.join(''))));
    return;
  }
  for (const [i, frame] of frames.entries()) {
    const n = i - firstText; // index among text frames
    if (delayMs && n >= 0) await sleep(delayMs);
    if (res.destroyed) return;
    if (n === 2 && mode === 'stall') return;
    if (n === 2 && mode === 'reset-mid-stream') return void res.socket?.destroy();
    if (n === 2 && mode === 'malformed-chunk') res.write('data: {"choices":[{"delta":{"content":"br\n\n');
    if (n === 2 && mode === 'error-in-stream') {
      res.write(`event: error\ndata: ${JSON.stringify({ error: { message: 'Service Unavailable', type: 'internal_server_error' } })}\n\n`);
      return void res.end();
    }
    if (mode === 'drip') {
      for (const ch of Buffer.from(frame)) {
        res.write(Buffer.of(ch));
        await new Promise((r) => setImmediate(r));
      }
    } else res.write(frame);
  }
  res.end();
}
