import type { IncomingMessage } from 'node:http';
import type { Protocol } from '../../electron/shared/protocols';
import { AUTH_FAILURES, type EmulatedProtocol } from './emulator-protocols';

/** One preset per wire protocol, with the provider that speaks it, to point at the emulator (emulatorBase). */
export const PROTOCOL_SETUPS: readonly { protocol: Protocol; provider: string; base: Parameters<typeof emulatorBase>[1] }[] = [
  { protocol: 'openai-chat', provider: 'together', base: 'openai-chat' },
  { protocol: 'openai-responses', provider: 'openai', base: 'openai-responses' },
  { protocol: 'anthropic', provider: 'anthropic', base: 'anthropic' },
  { protocol: 'gemini', provider: 'gemini', base: 'gemini' },
  { protocol: 'ollama', provider: 'ollama', base: 'ollama' },
  { protocol: 'azure', provider: 'azure', base: 'azure' },
];

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

/** A request the emulator understood: which protocol, whose auth failure, whether the key fits. */
export interface Route {
  protocol: EmulatedProtocol;
  failure: keyof typeof AUTH_FAILURES;
  authorized: boolean;
  kind: 'chat' | 'models';
  azure?: boolean;
}

/** Classifies a request and checks the credential the way that provider does. */
export function route(req: IncomingMessage, url: URL, key: string, ollamaRequiresKey: boolean): Route | { error: number; body: string } | undefined {
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

/** The model list in each protocol's own shape. */
export function modelList(protocol: EmulatedProtocol, models: string[], bare: boolean): unknown {
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

/** The model a chat request names (Gemini: in the path). */
export function requestedModel(protocol: EmulatedProtocol, url: URL, body: Record<string, unknown>): string | undefined {
  if (protocol === 'gemini') return /^\/v1beta\/models\/([^:]+):/.exec(url.pathname)?.[1];
  return typeof body.model === 'string' ? body.model : undefined;
}

/** The text of the last user message, in each protocol's message shape. */
export function lastUserText(protocol: EmulatedProtocol, body: Record<string, unknown>): string {
  const list = (protocol === 'gemini' ? body.contents : protocol === 'openai-responses' ? body.input : body.messages) as { role: string; content?: unknown; parts?: { text: string }[] }[] | undefined;
  const last = [...(list ?? [])].reverse().find((m) => m.role === 'user');
  if (!last) return '';
  // The typed text only: attached files (parts, <file> blocks) are reported apart by the emulator.
  const plain = (t: unknown) => (typeof t === 'string' && !t.startsWith('<file name=') ? [t] : []);
  if (last.parts) return last.parts.flatMap((p) => plain(p.text)).join('');
  if (typeof last.content === 'string') return last.content.split(/\n\n(?=<file )|<file [\s\S]*?<\/file>\n\n/).filter((t) => !t.startsWith('<file ')).join('');
  return Array.isArray(last.content) ? (last.content as { text?: unknown }[]).flatMap((p) => plain(p.text)).join('') : JSON.stringify(last.content);
}

/** Whether the request asked for a stream, the way each protocol says so. */
export function wantsStream(protocol: EmulatedProtocol, url: URL, body: Record<string, unknown>): boolean {
  if (protocol === 'gemini') return url.pathname.endsWith(':streamGenerateContent');
  if (protocol === 'ollama') return body.stream !== false;
  return body.stream === true;
}

