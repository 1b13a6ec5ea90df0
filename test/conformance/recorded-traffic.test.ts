/**
 * Replays the team's recorded provider traffic (../shared/fixtures, not part of this repository)
 * from a local server through the real CLI, and checks that every stream yields exactly the
 * provider's text and every recorded error body a readable error with the provider's own message.
 * The expected text is read from the recordings by a separate, naive extraction (whole body,
 * no streaming), so framing bugs in the streaming path cannot hide.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import type { Protocol } from '../../electron/shared/protocols';

const ROOT = resolve(process.env.SWITCHBOARD_FIXTURES ?? '../shared/fixtures');
const present = existsSync(join(ROOT, 'SOURCES.md'));
// On a developer's machine without the recordings this skips and says so; in CI it must not
// pass silently, so it fails (.ci/run looks for the recordings and sets CI).
if (!present && process.env.CI) {
  describe('recorded-traffic conformance', () => {
    it('has its recordings', () => {
      throw new Error(`No recordings at ${ROOT}: CI needs the team's recorded traffic (set SWITCHBOARD_FIXTURES to the folder with SOURCES.md).`);
    });
  });
}
if (!present && !process.env.CI) console.warn(`Skipping recorded-traffic conformance: no recordings at ${ROOT} (set SWITCHBOARD_FIXTURES).`);

interface Served {
  status: number;
  contentType: string;
  body: Buffer;
}
let next: Served = { status: 200, contentType: 'text/plain', body: Buffer.alloc(0) };
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((_req, res) => {
    const { status, contentType, body } = next;
    res.writeHead(status, { 'content-type': contentType });
    // Network-sized reads, as gptel replays its captures: 400-byte pieces.
    for (let i = 0; i < body.length; i += 400) res.write(body.subarray(i, i + 400));
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function replay(protocol: Protocol, stream: boolean) {
  const argv = ['chat', '--provider', 'custom', '--protocol', protocol, '--base-url', base, '--model', 'recorded', '--message', 'replay', '--json', ...(stream ? [] : ['--no-stream'])];
  const r = await cli(argv, { SWITCHBOARD_API_KEY: 'replay-key-0000000000' });
  return { code: r.code, json: JSON.parse(r.out || '{}') as { text: string; error?: { message: string; status?: number } }, err: r.err };
}

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (typeof v === 'object' && v !== null ? (v as Rec) : {});

/** The provider's text in one recorded payload, read naively. */
function textOf(protocol: Protocol, payload: Rec): string {
  switch (protocol) {
    case 'anthropic': {
      const delta = rec(payload.delta);
      if (payload.type === 'content_block_delta' && delta.type === 'text_delta') return String(delta.text ?? '');
      const block = rec(payload.content_block);
      return payload.type === 'content_block_start' && block.type === 'text' ? String(block.text ?? '') : '';
    }
    case 'openai-responses':
      return payload.type === 'response.output_text.delta' || payload.type === 'response.refusal.delta' ? String(payload.delta ?? '') : '';
    case 'gemini': {
      const parts = rec(rec((payload.candidates as unknown[] | undefined)?.[0]).content).parts as Rec[] | undefined;
      return (parts ?? []).filter((p) => p.thought !== true && typeof p.text === 'string').map((p) => p.text).join('');
    }
    case 'ollama':
      return String(rec(payload.message).content ?? payload.response ?? '');
    default: {
      if (payload.error) return '';
      const choice = rec((payload.choices as unknown[] | undefined)?.find((c) => (rec(c).index ?? 0) === 0));
      const delta = rec(choice.delta);
      const content = delta.content;
      const text = typeof content === 'string' ? content : Array.isArray(content) ? content.map(rec).filter((p) => p.type === 'text').map((p) => p.text).join('') : '';
      return text + (typeof delta.refusal === 'string' ? delta.refusal : '');
    }
  }
}

/** Payloads of a recorded stream body (SSE `data:` lines, NDJSON lines, or a JSON array). */
function payloads(body: string): Rec[] {
  const trimmed = body.trimStart();
  if (trimmed.startsWith('[')) return (JSON.parse(trimmed) as unknown[]).map(rec);
  const lines = body.split(/\r?\n/);
  const sse = lines.some((l) => l.startsWith('data:'));
  return lines
    .filter((l) => (sse ? l.startsWith('data:') : l.trim().startsWith('{')))
    .map((l) => (sse ? l.slice(5).trim() : l.trim()))
    .filter((d) => d && d !== '[DONE]')
    .map((d) => rec(JSON.parse(d)));
}

function protocolFor(dir: string, firstPayload: Rec): Protocol {
  if (String(firstPayload.type ?? '').startsWith('response.')) return 'openai-responses';
  if (dir === 'anthropic' || firstPayload.type === 'message_start') return 'anthropic';
  if (dir === 'gemini' || dir === 'ollama') return dir;
  if (dir === 'openai-responses') return 'openai-responses';
  return 'openai-chat';
}

/** Rebuilds a stream body from a file: SSE as-is, curl captures without their headers, chunk files wrapped. */
function streamBody(dir: string, file: string, raw: string): { body: string; protocol: Protocol; contentType: string } {
  let body = raw;
  if (file.includes('http-capture')) body = raw.slice(raw.search(/\r?\n\r?\n/) + 2).replace(/\n\(\w+ \. \d+\)\s*$/, '\n');
  if (file.endsWith('.chunks.txt')) {
    const objects = raw.split('\n').filter((l) => l.trim()).map((l) => rec(JSON.parse(l)));
    const protocol = protocolFor(dir, objects[0] ?? {});
    const typed = protocol === 'anthropic' || protocol === 'openai-responses';
    body = objects.map((o) => `${typed ? `event: ${String(o.type)}\n` : ''}data: ${JSON.stringify(o)}\n\n`).join('') + (protocol === 'openai-chat' ? 'data: [DONE]\n\n' : '');
    return { body, protocol, contentType: 'text/event-stream' };
  }
  const first = payloads(body)[0] ?? {};
  const protocol = protocolFor(dir, first);
  const contentType = file.endsWith('.ndjson') ? 'application/x-ndjson' : file.endsWith('.json') ? 'application/json' : 'text/event-stream';
  return { body, protocol, contentType };
}

const streamFiles = present
  ? readdirSync(ROOT, { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'errors')
      .flatMap((d) => readdirSync(join(ROOT, d.name)).filter((f) => /\.(sse|ndjson)$|\.chunks\.txt$|http-capture|json-array/.test(f)).map((f) => [d.name, f] as const))
  : [];
const wholeFiles = present
  ? readdirSync(ROOT, { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'errors')
      .flatMap((d) => readdirSync(join(ROOT, d.name)).filter((f) => f.endsWith('.json') && !f.includes('json-array')).map((f) => [d.name, f] as const))
  : [];
const errorFiles = present ? readdirSync(join(ROOT, 'errors')).filter((f) => f.endsWith('.json')) : [];

describe.skipIf(!present)('recorded streams replayed through the CLI', () => {
  it.each(streamFiles)('%s/%s yields exactly the provider’s text', async (dir, file) => {
    const { body, protocol, contentType } = streamBody(dir, file, readFileSync(join(ROOT, dir, file), 'utf8'));
    const expected = payloads(body).map((p) => textOf(protocol, p)).join('');
    next = { status: 200, contentType, body: Buffer.from(body) };
    const r = await replay(protocol, true);
    expect(r.json.text).toBe(expected);
    const failed = payloads(body).some((p) => p.type === 'error' || p.error !== undefined || p.type === 'response.failed');
    expect(r.code).toBe(failed ? 1 : 0);
  });

  it.each(wholeFiles)('%s/%s (non-streaming) yields the provider’s text', async (dir, file) => {
    const body = readFileSync(join(ROOT, dir, file), 'utf8');
    const json = rec(JSON.parse(body));
    const protocol = protocolFor(dir, json.object === 'response' ? { type: 'response.x' } : json.type === 'message' ? { type: 'message_start' } : {});
    next = { status: 200, contentType: 'application/json', body: Buffer.from(body) };
    const r = await replay(protocol, false);
    expect(r.code).toBe(0);
    const expected =
      protocol === 'anthropic'
        ? (json.content as Rec[]).filter((b) => b.type === 'text').map((b) => b.text).join('')
        : protocol === 'openai-responses'
          ? (json.output as Rec[]).flatMap((o) => (o.type === 'message' ? (o.content as Rec[]) : [])).filter((c) => c.type === 'output_text').map((c) => c.text).join('')
          : protocol === 'gemini' || protocol === 'ollama'
            ? textOf(protocol, json)
            : String(rec(rec((json.choices as unknown[])[0]).message).content ?? '');
    expect(r.json.text).toBe(expected);
  });
});

// What the explainer must make of each recorded refusal (the key it sends is well-formed).
const EXPECTED_CAUSES: Record<string, string[]> = {
  'anthropic-400-invalid_request_error.json': [],
  'anthropic-401-authentication_error.json': ['key-rejected'],
  'anthropic-404-not_found_error.json': ['model-unknown'],
  'anthropic-429-rate_limit_error.json': ['rate-limited'],
  'anthropic-529-overloaded_error.json': ['provider-overloaded'],
  'azure-401-access-denied.json': ['key-rejected'],
  'deepseek-401-authentication_error.json': ['key-rejected'],
  'gemini-400-API_KEY_INVALID.json': ['key-rejected'],
  'gemini-403-PERMISSION_DENIED-leaked-key.json': ['key-rejected'],
  'gemini-404-not_found.json': ['model-unknown'],
  'gemini-429-resource_exhausted.json': ['quota-exhausted'],
  'groq-400-tool_use_failed.json': [],
  'groq-401-invalid_api_key.json': ['key-rejected'],
  'groq-404-model_not_found.json': ['model-unknown'],
  'mistral-401-detail.json': ['key-rejected'],
  'mistral-401-unauthorized.json': ['key-rejected'],
  'ollama-404-model-not-found.json': ['model-unknown'],
  'ollama-generic-error.json': [],
  'openai-400-unsupported_parameter.json': [],
  'openai-401-invalid_api_key.json': ['key-rejected'],
  'openai-404-model_not_found.json': ['model-unknown'],
  'openai-429-insufficient_quota.json': ['quota-exhausted'],
  'openai-responses-400-decimal_below_min_value.json': [],
  'openai-responses-400-unsupported-temperature.json': [],
  'openrouter-401-no-auth-credentials.json': ['key-rejected'],
  'openrouter-429-provider-rate-limited.json': ['rate-limited'],
  'together-401-invalid_api_key.json': ['key-rejected'],
};

describe.skipIf(!present)('recorded error bodies', () => {
  it.each(errorFiles)('%s becomes a readable error with the provider’s message, exit 1', async (file) => {
    const fixture = rec(JSON.parse(readFileSync(join(ROOT, 'errors', file), 'utf8')));
    const provider = String(fixture.provider);
    const protocol: Protocol = provider === 'anthropic' ? 'anthropic' : provider === 'gemini' ? 'gemini' : provider === 'ollama' ? 'ollama' : provider === 'azure' ? 'azure' : String(fixture.endpoint).includes('/responses') ? 'openai-responses' : 'openai-chat';
    // The docs example with no status (Ollama names 400/404/429/500/502 for it) is replayed as a 500.
    const status = Number(fixture.http_status ?? 500);
    next = { status, contentType: String(fixture.content_type ?? 'application/json'), body: Buffer.from(String(fixture.body)) };
    const r = await replay(protocol, true);
    expect(r.code).toBe(1);
    const parsed = rec(JSON.parse(String(fixture.body)));
    const own = typeof parsed.error === 'string' ? parsed.error : String(rec(parsed.error).message ?? parsed.message ?? parsed.detail);
    expect(r.json.error?.status).toBe(status);
    expect(r.json.error?.message).toContain(own);
    expect(file in EXPECTED_CAUSES, `add ${file} to EXPECTED_CAUSES`).toBe(true);
    expect((r.json.error as { causes?: string[] } | undefined)?.causes).toEqual(EXPECTED_CAUSES[file]);
  });

  it('anthropic-stream-error-event.sse: an error event after HTTP 200', async () => {
    const body = readFileSync(join(ROOT, 'errors', 'anthropic-stream-error-event.sse'), 'utf8');
    next = { status: 200, contentType: 'text/event-stream', body: Buffer.from(body) };
    const r = await replay('anthropic', true);
    expect(r.code).toBe(1);
    expect(r.json.error?.message).toMatch(/\w/);
  });
});
