import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AUTH_FAILURES, completionBody, streamContentType, streamFrames, type EmulatedProtocol } from './emulator-protocols';

/** How the emulator should misbehave for the next requests. */
export type Misbehaviour = 'none' | 'html-error' | 'stall' | 'reset-mid-stream' | 'malformed-chunk' | 'rate-limit' | 'quota' | 'overloaded' | 'error-in-stream' | 'redirect-cross-origin' | 'echo-key';

/** Options for the OpenAI-compatible emulator. */
export interface EmulatorOptions {
  /** The key it accepts in `Authorization: Bearer <key>`. */
  key: string;
  models?: string[];
  /** Delay between streamed chunks, ms. */
  chunkDelayMs?: number;
  /** Model list as a bare array, as Together answers. */
  bareModelList?: boolean;
  /** Stream reasoning before the answer, in each protocol's own field. */
  reasoning?: boolean;
  /** Ollama on ollama.com wants a Bearer key; a local one does not. */
  ollamaRequiresKey?: boolean;
}

/** A running emulator. */
export interface Emulator {
  /** The OpenAI-compatible base URL (`<root>/v1`). */
  baseUrl: string;
  /** `http://127.0.0.1:PORT`; see emulatorBase for each protocol's base URL. */
  root: string;
  port: number;
  requests: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[];
  misbehave(mode: Misbehaviour): void;
  close(): Promise<void>;
}


/** The reply the emulator streams for a user message: deterministic, so tests can assert on it. */
export function emulatorReply(userText: string): string {
  return `Hello from the emulator. You said: ${userText}`;
}

/** Splits a reply into the token-ish pieces the emulator streams. Pure. */
export function tokenize(text: string): string[] {
  return text.match(/\s*\S+/g) ?? [];
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => resolve(body));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function json(res: ServerResponse, status: number, body: string, extra: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...extra });
  res.end(body);
}

/** Where each protocol lives on the emulator, as a base URL for that preset. */
export function emulatorBase(root: string, protocol: EmulatedProtocol | 'azure' | 'azure-deployment'): string {
  switch (protocol) {
    case 'anthropic':
    case 'ollama':
      return root;
    case 'gemini':
      return `${root}/v1beta`;
    case 'azure':
      return `${root}/openai/v1`;
    case 'azure-deployment':
      return `${root}/openai/deployments/emu-small`;
    default:
      return `${root}/v1`;
  }
}

interface Route {
  protocol: EmulatedProtocol;
  failure: keyof typeof AUTH_FAILURES;
  authorized: boolean;
  kind: 'chat' | 'models';
  azure?: boolean;
}

/** Classifies a request and checks the credential the way that provider does. */
function route(req: IncomingMessage, url: URL, key: string, ollamaRequiresKey: boolean): Route | { error: number; body: string } | undefined {
  const path = url.pathname;
  const h = req.headers;
  const bearer = h.authorization === `Bearer ${key}`;
  if (path === '/v1/chat/completions') return { protocol: 'openai-chat', failure: 'together', authorized: bearer, kind: 'chat' };
  if (path === '/v1/responses') return { protocol: 'openai-responses', failure: 'openai', authorized: bearer, kind: 'chat' };
  if (path === '/v1/messages' || (path === '/v1/models' && h['anthropic-version'])) {
    if (!h['anthropic-version']) return { error: 400, body: '{"type":"error","error":{"type":"invalid_request_error","message":"anthropic-version: header is required"}}' };
    return { protocol: 'anthropic', failure: 'anthropic', authorized: h['x-api-key'] === key, kind: path === '/v1/messages' ? 'chat' : 'models' };
  }
  if (path === '/v1/models') return { protocol: 'openai-chat', failure: 'together', authorized: bearer, kind: 'models' };
  if (path.startsWith('/v1beta/models')) {
    const authorized = h['x-goog-api-key'] === key || url.searchParams.get('key') === key;
    return { protocol: 'gemini', failure: 'gemini', authorized, kind: path === '/v1beta/models' ? 'models' : 'chat' };
  }
  if (path === '/api/chat' || path === '/api/tags') {
    return { protocol: 'ollama', failure: 'ollama', authorized: !ollamaRequiresKey || bearer, kind: path === '/api/chat' ? 'chat' : 'models' };
  }
  if (path === '/openai/v1/chat/completions' || path === '/openai/v1/models' || /^\/openai\/deployments\/[^/]+\/chat\/completions$/.test(path) || path === '/openai/models') {
    if (path.includes('/deployments/') || path === '/openai/models') {
      if (!url.searchParams.get('api-version')) return { error: 404, body: '{"error":{"code":"404","message":"Resource not found"}}' };
    }
    return { protocol: 'openai-chat', failure: 'azure', authorized: h['api-key'] === key, kind: path.endsWith('/models') ? 'models' : 'chat', azure: true };
  }
  return undefined;
}

function modelList(protocol: EmulatedProtocol, models: string[], bare: boolean): unknown {
  switch (protocol) {
    case 'anthropic':
      return { data: models.map((id) => ({ type: 'model', id, display_name: id })), has_more: false };
    case 'gemini':
      return { models: models.map((id) => ({ name: `models/${id}`, supportedGenerationMethods: ['generateContent', 'countTokens'] })) };
    case 'ollama':
      return { models: models.map((name) => ({ name, model: name, size: 1 })) };
    default: {
      const data = models.map((id) => ({ id, object: 'model', owned_by: 'emulator' }));
      return bare ? data : { object: 'list', data };
    }
  }
}

function requestedModel(protocol: EmulatedProtocol, url: URL, body: Record<string, unknown>): string | undefined {
  if (protocol === 'gemini') return /^\/v1beta\/models\/([^:]+):/.exec(url.pathname)?.[1];
  return typeof body.model === 'string' ? body.model : undefined;
}

function lastUserText(protocol: EmulatedProtocol, body: Record<string, unknown>): string {
  const list = (protocol === 'gemini' ? body.contents : protocol === 'openai-responses' ? body.input : body.messages) as { role: string; content?: unknown; parts?: { text: string }[] }[] | undefined;
  const last = [...(list ?? [])].reverse().find((m) => m.role === 'user');
  if (!last) return '';
  if (last.parts) return last.parts.map((p) => p.text).join('');
  return typeof last.content === 'string' ? last.content : JSON.stringify(last.content);
}

function wantsStream(protocol: EmulatedProtocol, url: URL, body: Record<string, unknown>): boolean {
  if (protocol === 'gemini') return url.pathname.endsWith(':streamGenerateContent');
  if (protocol === 'ollama') return body.stream !== false;
  return body.stream === true;
}

/**
 * A provider emulator on 127.0.0.1 that speaks every protocol (by path), demands each provider's own
 * auth header, streams like the real hosts, answers a missing or wrong key with that provider's real
 * error body, and can misbehave on demand.
 */
export async function startEmulator(options: EmulatorOptions): Promise<Emulator> {
  const models = options.models ?? ['emu-small', 'Emu-Large'];
  let mode: Misbehaviour = 'none';
  let port = 0;
  const requests: Emulator['requests'] = [];
  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: raw });
    const url = new URL(req.url ?? '/', 'http://x');
    if (mode === 'html-error') {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>');
      return;
    }
    const r = route(req, url, options.key, !!options.ollamaRequiresKey);
    if (mode === 'redirect-cross-origin' && req.headers.host?.startsWith('127.0.0.1')) {
      // To the same server under another name: another origin, so fetch drops the auth header.
      res.writeHead(307, { location: `http://localhost:${port}${req.url}` });
      return void res.end();
    }
    // OpenAI's answer to an unknown path.
    if (!r) return json(res, 404, JSON.stringify({ error: { message: `Invalid URL (${req.method} ${url.pathname})`, type: 'invalid_request_error', param: null, code: null } }));
    if ('error' in r) return json(res, r.error, r.body);
    if (mode === 'echo-key') {
      // Some gateways quote the key they refused, in full.
      const sent = String(req.headers.authorization ?? req.headers['x-api-key'] ?? '');
      return json(res, 401, JSON.stringify({ error: { message: `Key ${sent.replace(/^Bearer /, '')} is not allowed here`, type: 'invalid_request_error' } }));
    }
    if (!r.authorized) {
      const f = AUTH_FAILURES[r.failure];
      return json(res, f.status, f.body);
    }
    if (mode === 'rate-limit') return json(res, 429, '{"error":{"message":"Rate limit reached for requests","type":"rate_limit_error","code":"rate_limit_exceeded"}}', { 'retry-after': '2' });
    if (mode === 'quota') return json(res, 429, '{"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","code":"insufficient_quota"}}');
    if (mode === 'overloaded') return json(res, 503, '{"error":{"message":"The server is overloaded","type":"server_error"}}');
    if (r.kind === 'models') return json(res, 200, JSON.stringify(modelList(r.protocol, models, !!options.bareModelList)));
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return json(res, 400, '{"error":{"message":"Request body is not valid JSON","type":"invalid_request_error"}}');
    }
    const model = requestedModel(r.protocol, url, body);
    if (!model || !models.includes(model)) {
      if (r.protocol === 'ollama') return json(res, 404, JSON.stringify({ error: `model '${model}' not found` }));
      return json(res, 404, JSON.stringify({ error: { message: `The model \`${model}\` does not exist`, type: 'invalid_request_error', code: 'model_not_found' } }));
    }
    const reply = emulatorReply(lastUserText(r.protocol, body));
    const script = { model, pieces: tokenize(reply), inputTokens: 12, ...(options.reasoning ? { reasoning: ['Thinking', ' it over.'] } : {}) };
    if (!wantsStream(r.protocol, url, body)) return json(res, 200, JSON.stringify(completionBody(r.protocol, script)));
    res.writeHead(200, { 'content-type': streamContentType(r.protocol), 'cache-control': 'no-cache' });
    let frames = streamFrames(r.protocol, script);
    // Azure sends a first chunk with empty id/model and only prompt_filter_results.
    if (r.azure) frames = ['data: {"choices":[],"created":0,"id":"","model":"","object":"","prompt_filter_results":[{"prompt_index":0,"content_filter_results":{}}]}\n\n', ...frames];
    const firstText = frames.findIndex((f) => f.includes(script.pieces[0] ?? '\u0000'));
    for (const [i, frame] of frames.entries()) {
      const n = i - firstText; // index among text frames, for misbehaviour
      if (options.chunkDelayMs && n >= 0) await sleep(options.chunkDelayMs);
      if (res.destroyed) return;
      if (n === 2 && mode === 'stall') return; // keep the socket open, send nothing more
      if (n === 2 && mode === 'reset-mid-stream') return void res.socket?.destroy();
      if (n === 2 && mode === 'malformed-chunk') res.write('data: {"choices":[{"delta":{"content":"br\n\n');
      if (n === 2 && mode === 'error-in-stream') {
        res.write(`event: error\ndata: ${JSON.stringify({ error: { message: 'Service Unavailable', type: 'internal_server_error' } })}\n\n`);
        return void res.end();
      }
      res.write(frame);
    }
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  port = (server.address() as AddressInfo).port;
  const root = `http://127.0.0.1:${port}`;
  return {
    baseUrl: `${root}/v1`,
    root,
    port,
    requests,
    misbehave: (m) => {
      mode = m;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
