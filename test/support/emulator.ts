import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the emulator should misbehave for the next requests. */
export type Misbehaviour = 'none' | 'html-error' | 'stall' | 'reset-mid-stream' | 'malformed-chunk' | 'rate-limit' | 'quota' | 'overloaded' | 'error-in-stream';

/** Options for the OpenAI-compatible emulator. */
export interface EmulatorOptions {
  /** The key it accepts in `Authorization: Bearer <key>`. */
  key: string;
  models?: string[];
  /** Delay between streamed chunks, ms. */
  chunkDelayMs?: number;
  /** Model list as a bare array, as Together answers. */
  bareModelList?: boolean;
}

/** A running emulator. */
export interface Emulator {
  baseUrl: string;
  port: number;
  requests: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[];
  misbehave(mode: Misbehaviour): void;
  close(): Promise<void>;
}

// TogetherAI's real 401 body (as quoted by a user; OpenAI-shaped).
const TOGETHER_401 =
  '{ "error": { "message": "Invalid API key provided. You can find your API key at https://api.together.xyz/settings/api-keys.", "type": "invalid_request_error", "param": null, "code": "invalid_api_key" } }';

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

/**
 * An OpenAI-compatible server on 127.0.0.1 that demands its key, streams like the real hosts
 * (role chunk, content deltas, finish chunk, usage chunk with `choices: []`, `[DONE]`, a keep-alive
 * comment) and answers a missing or wrong key with TogetherAI's real 401 body.
 */
export async function startEmulator(options: EmulatorOptions): Promise<Emulator> {
  const models = options.models ?? ['emu-small', 'Emu-Large'];
  let mode: Misbehaviour = 'none';
  const requests: Emulator['requests'] = [];
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (mode === 'html-error') {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>');
      return;
    }
    if (req.headers.authorization !== `Bearer ${options.key}`) return json(res, 401, TOGETHER_401);
    if (mode === 'rate-limit') return json(res, 429, '{"error":{"message":"Rate limit reached for requests","type":"rate_limit_error","code":"rate_limit_exceeded"}}', { 'retry-after': '2' });
    if (mode === 'quota') return json(res, 429, '{"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","code":"insufficient_quota"}}');
    if (mode === 'overloaded') return json(res, 503, '{"error":{"message":"The server is overloaded","type":"server_error"}}');
    if (req.method === 'GET' && path === '/v1/models') {
      const data = models.map((id) => ({ id, object: 'model', owned_by: 'emulator' }));
      return json(res, 200, JSON.stringify(options.bareModelList ? data : { object: 'list', data }));
    }
    if (req.method === 'POST' && path === '/v1/chat/completions') {
      let parsed: { model?: string; stream?: boolean; messages?: { role: string; content: string }[] };
      try {
        parsed = JSON.parse(body);
      } catch {
        return json(res, 400, '{"error":{"message":"Request body is not valid JSON","type":"invalid_request_error"}}');
      }
      if (!parsed.model || !models.includes(parsed.model)) {
        return json(res, 404, JSON.stringify({ error: { message: `The model \`${parsed.model}\` does not exist`, type: 'invalid_request_error', code: 'model_not_found' } }));
      }
      const last = [...(parsed.messages ?? [])].reverse().find((m) => m.role === 'user')?.content ?? '';
      const reply = emulatorReply(last);
      const pieces = tokenize(reply);
      const id = 'chatcmpl-emu0001';
      const usage = { prompt_tokens: 12, completion_tokens: pieces.length, total_tokens: 12 + pieces.length };
      if (!parsed.stream) {
        return json(res, 200, JSON.stringify({ id, object: 'chat.completion', model: parsed.model, choices: [{ index: 0, message: { role: 'assistant', content: reply }, finish_reason: 'stop' }], usage }));
      }
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
      const chunk = (delta: object, finish: string | null = null) =>
        `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', model: parsed.model, choices: [{ index: 0, delta, finish_reason: finish }], usage: null })}\n\n`;
      res.write(': keep-alive\n\n');
      res.write(chunk({ role: 'assistant', content: '' }));
      for (const [i, piece] of pieces.entries()) {
        if (options.chunkDelayMs) await sleep(options.chunkDelayMs);
        if (res.destroyed) return;
        if (mode === 'stall' && i === 2) return; // keep the socket open, send nothing more
        if (mode === 'reset-mid-stream' && i === 2) return void res.socket?.destroy();
        if (mode === 'malformed-chunk' && i === 2) res.write('data: {"choices":[{"delta":{"content":"br\n\n');
        if (mode === 'error-in-stream' && i === 2) {
          res.write(`event: error\ndata: ${JSON.stringify({ error: { message: 'Service Unavailable', type: 'internal_server_error' } })}\n\n`);
          return void res.end();
        }
        res.write(chunk({ content: piece }));
      }
      res.write(chunk({}, 'stop'));
      res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', model: parsed.model, choices: [], usage })}\n\n`);
      res.write('data: [DONE]\n\n');
      res.end();
      return;
    }
    json(res, 404, JSON.stringify({ error: { message: `Unknown path ${path}`, type: 'invalid_request_error' } }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
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
