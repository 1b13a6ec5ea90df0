import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { completionBody, streamContentType, streamFrames, AUTH_FAILURES } from './emulator-protocols';
import { answerEarly, extraHeaders, shapeFrames, writeFrames, type Misbehaviour } from './emulator-faults';
import { lastUserText, modelList, requestedModel, route, wantsStream } from './emulator-routes';
import { FAMILY_ERRORS, type Family, type FamilyErrors } from './provider-errors';
import { describeSeen, seenAttachments } from './emulator-attachments';
import { offeredTools, plannedCalls, questionText, resultsReply, toolResults } from './emulator-tools';
import { toolCallBody, toolCallFrames } from './emulator-tool-frames';

export type { Misbehaviour } from './emulator-faults';
export { emulatorBase, PROTOCOL_SETUPS } from './emulator-routes';

/** Options for the emulator. */
export interface EmulatorOptions {
  /** The key it accepts, in each provider's own header. */
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
  /** Answer refusals (wrong key, billing, unknown model) in this provider family's own shape. */
  family?: Family;
  /** What the model answers to the user's last message (by default it echoes it: `emulatorReply`). */
  reply?: (question: string) => string;
}

/** A request the emulator received. */
export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A running emulator. */
export interface Emulator {
  /** The OpenAI-compatible base URL (`<root>/v1`). */
  baseUrl: string;
  /** `http://127.0.0.1:PORT`; see emulatorBase for each protocol's base URL. */
  root: string;
  port: number;
  requests: ReceivedRequest[];
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

function json(res: ServerResponse, status: number, body: string, extra: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...extra });
  res.end(body);
}

// Refusals and host troubles answered instead of the model, in each case's real shape.
function refusal(mode: Misbehaviour, req: IncomingMessage, family: FamilyErrors | undefined): { status: number; body: string; headers?: Record<string, string> } | undefined {
  switch (mode) {
    case 'billing':
      return family?.billing ?? FAMILY_ERRORS.deepseek.billing;
    case 'echo-key': {
      // Some gateways quote the key they refused, in full.
      const sent = String(req.headers.authorization ?? req.headers['x-api-key'] ?? '');
      return { status: 401, body: JSON.stringify({ error: { message: `Key ${sent.replace(/^Bearer /, '')} is not allowed here`, type: 'invalid_request_error' } }) };
    }
    case 'rate-limit':
      return { status: 429, body: '{"error":{"message":"Rate limit reached for requests","type":"rate_limit_error","code":"rate_limit_exceeded"}}', headers: { 'retry-after': '2' } };
    case 'quota':
      return { status: 429, body: '{"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","code":"insufficient_quota"}}' };
    case 'overloaded':
      return { status: 503, body: '{"error":{"message":"The server is overloaded","type":"server_error"}}' };
    default:
      return undefined;
  }
}

/**
 * A provider emulator on 127.0.0.1 that speaks every protocol (by path), demands each provider's own
 * auth header, streams like the real hosts, answers a missing or wrong key with that provider's real
 * error body, and misbehaves on demand (emulator-faults.ts).
 */
export async function startEmulator(options: EmulatorOptions): Promise<Emulator> {
  const models = options.models ?? ['emu-small', 'Emu-Large'];
  const { key } = options;
  let mode: Misbehaviour = 'none';
  let port = 0;
  const requests: ReceivedRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: raw });
    const url = new URL(req.url ?? '/', 'http://x');
    if (answerEarly(mode, req, res, { port, key })) return;
    const r = route(req, url, key, !!options.ollamaRequiresKey);
    // OpenAI's answer to an unknown path.
    if (!r) return json(res, 404, JSON.stringify({ error: { message: `Invalid URL (${req.method} ${url.pathname})`, type: 'invalid_request_error', param: null, code: null } }));
    if ('error' in r) return json(res, r.error, r.body);
    const family: FamilyErrors | undefined = options.family ? FAMILY_ERRORS[options.family] : undefined;
    const refused = refusal(mode, req, family);
    if (refused && (mode === 'echo-key' || r.authorized)) return json(res, refused.status, refused.body, refused.headers);
    if (!r.authorized) {
      const answer = family?.keyRefused ?? AUTH_FAILURES[r.failure];
      return json(res, answer.status, answer.body);
    }
    if (r.kind === 'models') return json(res, 200, JSON.stringify(modelList(r.protocol, models, !!options.bareModelList)), extraHeaders(mode, key));
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return json(res, 400, '{"error":{"message":"Request body is not valid JSON","type":"invalid_request_error"}}');
    }
    const model = requestedModel(r.protocol, url, body);
    // Ollama takes a name without a tag as `:latest`, the way it lists it.
    const known = !!model && (models.includes(model) || model === 'emu-notools' || (r.protocol === 'ollama' && models.includes(`${model}:latest`)));
    if (!known) {
      if (family?.modelUnknown) return json(res, family.modelUnknown.status, family.modelUnknown.body);
      if (r.protocol === 'ollama') return json(res, 404, JSON.stringify({ error: `model '${model}' not found` }));
      return json(res, 404, JSON.stringify({ error: { message: `The model \`${model}\` does not exist`, type: 'invalid_request_error', code: 'model_not_found' } }));
    }
    let seen;
    let results;
    try {
      results = toolResults(r.protocol, body);
      seen = results ? [] : seenAttachments(r.protocol, body);
    } catch (error) {
      return json(res, 400, JSON.stringify({ error: { message: `Invalid request: ${(error as Error).message}`, type: 'invalid_request_error', status: 'INVALID_ARGUMENT' } }));
    }
    // A model without tool support refuses any request that offers tools, as Ollama does.
    if (model.includes('notools') && offeredTools(r.protocol, body).length) {
      const said = `registry.ollama.ai/library/${model}:latest does not support tools`;
      return json(res, 400, JSON.stringify(r.protocol === 'ollama' ? { error: said } : { error: { message: said, type: 'invalid_request_error' } }));
    }
    // Asked to call tools that are offered: answer with the calls, in the protocol's shape.
    const planned = results ? [] : plannedCalls(questionText(r.protocol, body), offeredTools(r.protocol, body));
    if (planned.length) {
      if (!wantsStream(r.protocol, url, body)) return json(res, 200, JSON.stringify(toolCallBody(r.protocol, model, planned)));
      res.writeHead(200, { 'content-type': streamContentType(r.protocol), 'cache-control': 'no-cache' });
      return writeFrames('none', res, toolCallFrames(r.protocol, model, planned), 0, options.chunkDelayMs ?? 0);
    }
    const pieces = tokenize(results ? resultsReply(results) : (options.reply ?? emulatorReply)(lastUserText(r.protocol, body)) + describeSeen(seen));
    // A host that repeats the key in its answer, split across two chunks.
    if (mode === 'echo-key-in-answer') pieces.push(` ${key.slice(0, 12)}`, key.slice(12));
    const script = { model, pieces, inputTokens: 12, ...(options.reasoning ? { reasoning: ['Thinking', ' it over.'] } : {}) };
    if (!wantsStream(r.protocol, url, body)) return json(res, 200, JSON.stringify(completionBody(r.protocol, script)), extraHeaders(mode, key));
    let frames = streamFrames(r.protocol, script);
    // Azure sends a first chunk with empty id/model and only prompt_filter_results.
    if (r.azure) frames = ['data: {"choices":[],"created":0,"id":"","model":"","object":"","prompt_filter_results":[{"prompt_index":0,"content_filter_results":{}}]}\n\n', ...frames];
    const firstText = frames.findIndex((f) => f.includes(script.pieces[0] ?? '\u0000'));
    res.writeHead(200, { 'content-type': streamContentType(r.protocol), 'cache-control': 'no-cache', ...(mode === 'gzip' ? { 'content-encoding': 'gzip' } : {}), ...extraHeaders(mode, key) });
    await writeFrames(mode, res, shapeFrames(mode, frames, firstText), firstText, options.chunkDelayMs ?? 0);
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
