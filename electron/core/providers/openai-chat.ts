import type { ChatEvent, ProtocolAdapter, ResolvedTarget, StreamDecoder, WireMessage } from './types';
import type { FinishReason, Usage } from '../../shared/chat';
import type { GenerationOptions, ModelInfo } from '../../shared/provider';
import { createSseJsonDecoder } from './sse';
import { parseErrorBody, readBaseResp } from './error-body';
import { asRecord, num, str } from './json';
import { joinUrl } from './url';
import { getJson, postJson } from './kit';
import { compactUsage } from './usage';
import { openAiChatContent } from './wire-content';
import { openAiChatToolMessages, openAiChatTools } from './wire-tools';
import type { WireTool } from './types';

/** Maps an OpenAI-style finish_reason to ours. */
export function mapFinishReason(raw: string): FinishReason {
  switch (raw) {
    case 'stop':
    case 'eos':
    case 'end_turn':
      return 'stop';
    case 'length':
    case 'max_tokens':
    case 'model_length':
      return 'length';
    case 'tool_calls':
    case 'function_call':
      return 'tool_calls';
    case 'content_filter':
      return 'content_filter';
    case 'error':
      return 'error';
    default:
      return 'unknown';
  }
}

/** Reads OpenAI-style usage (also Groq's `x_groq.usage`). */
export function readOpenAiUsage(value: unknown): Usage | undefined {
  const u = asRecord(value);
  return u && compactUsage({ inputTokens: num(u.prompt_tokens), outputTokens: num(u.completion_tokens), totalTokens: num(u.total_tokens), reasoningTokens: num(asRecord(u.completion_tokens_details)?.reasoning_tokens) });
}

/** Mistral sends content as a string or as an array of text/thinking parts. Appends to `out`. */
function contentEvents(content: unknown, out: ChatEvent[]): void {
  if (typeof content === 'string') {
    if (content) out.push({ type: 'text', text: content });
    return;
  }
  if (!Array.isArray(content)) return;
  for (const part of content.map(asRecord)) {
    if (!part) continue;
    if (part.type === 'thinking') {
      const inner = Array.isArray(part.thinking) ? part.thinking : [part.thinking];
      const text = inner.map((t) => (typeof t === 'string' ? t : str(asRecord(t)?.text) ?? '')).join('');
      if (text) out.push({ type: 'reasoning', text });
    } else {
      const text = str(part.text);
      if (text) out.push({ type: 'text', text });
    }
  }
}

/**
 * Reads one chat.completion.chunk (or a whole message, for non-streaming) into events, appended to
 * `out` (a stream passes one array for all the chunks of a read) and returned.
 */
export function chunkEvents(chunk: Record<string, unknown>, state: { refusal: boolean; toolIndex: number }, out: ChatEvent[] = []): ChatEvent[] {
  // MiniMax answers a refused key or an empty balance with HTTP 200 and a `base_resp` code.
  const baseResp = readBaseResp(chunk);
  if (baseResp) {
    out.push({ type: 'error', error: baseResp });
    return out;
  }
  const topError = chunk.error;
  if (topError !== undefined) {
    // OpenRouter reports failures after HTTP 200 as a chunk with a top-level `error`.
    const { status: _status, ...error } = parseErrorBody(0, JSON.stringify({ error: topError }));
    out.push({ type: 'error', error });
    return out;
  }
  // This runs once per streamed token: loops over the arrays as they are, no mapped copies.
  const choices: unknown[] = Array.isArray(chunk.choices) ? chunk.choices : [];
  for (const item of choices) {
    const choice = asRecord(item);
    if (!choice || (num(choice.index) ?? 0) !== 0) continue;
    const delta = asRecord(choice.delta) ?? asRecord(choice.message);
    if (delta) {
      const reasoning = str(delta.reasoning_content) ?? str(delta.reasoning);
      if (reasoning) out.push({ type: 'reasoning', text: reasoning });
      contentEvents(delta.content, out);
      const refusal = str(delta.refusal);
      if (refusal) {
        state.refusal = true;
        out.push({ type: 'text', text: refusal });
      }
      // Most chunks have no tool calls: no empty array is made for them.
      const calls: unknown = delta.tool_calls;
      if (Array.isArray(calls)) for (const item of calls as unknown[]) {
        const call = asRecord(item);
        if (!call) continue;
        const fn = asRecord(call.function);
        // Mistral omits `index`; each of its deltas is a whole call, so give it the next slot.
        const index = num(call.index) ?? state.toolIndex++;
        const id = str(call.id);
        const name = str(fn?.name);
        const args = fn?.arguments;
        // Gemini's OpenAI-compatible endpoint carries the call's thought signature here.
        const extra = call.extra_content !== undefined ? JSON.stringify(call.extra_content) : undefined;
        out.push({
          type: 'tool-call-delta',
          index,
          ...(id ? { id } : {}),
          ...(name ? { name } : {}),
          ...(typeof args === 'string' ? { arguments: args } : args !== undefined ? { arguments: JSON.stringify(args) } : {}),
          ...(extra ? { signature: extra } : {}),
        });
      }
    }
    const finish = str(choice.finish_reason);
    if (finish) {
      const reason = mapFinishReason(finish);
      out.push({ type: 'finish', reason: state.refusal && reason === 'stop' ? 'refusal' : reason, raw: finish });
    }
  }
  const usage = readOpenAiUsage(chunk.usage) ?? readOpenAiUsage(asRecord(chunk.x_groq)?.usage);
  if (usage) out.push({ type: 'usage', usage });
  return out;
}

/** Decodes an OpenAI-style SSE stream: `[DONE]`, comments, `event: error`, errors inside 200 chunks. */
export function createOpenAiChatDecoder(): StreamDecoder {
  const state = { refusal: false, toolIndex: 0 };
  return createSseJsonDecoder((json, eventName, out) => {
    // Groq: `event: error` whose data may carry the message without an `error` envelope.
    if (eventName === 'error' && json.error === undefined) out.push({ type: 'error', error: { message: str(json.message) ?? JSON.stringify(json).slice(0, 300) } });
    else chunkEvents(json, state, out);
  });
}

function toOpenAiMessages(messages: WireMessage[]): Record<string, unknown>[] {
  return messages.flatMap((m) => openAiChatToolMessages(m) ?? [{ role: m.role, content: openAiChatContent(m) }]);
}

/** The OpenAI Chat Completions protocol, spoken by OpenAI and every OpenAI-compatible host. */
export const openAiChat: ProtocolAdapter = {
  protocol: 'openai-chat',
  chatRequest(target: ResolvedTarget, messages: WireMessage[], stream: boolean, options: GenerationOptions = {}, tools?: readonly WireTool[]) {
    const body: Record<string, unknown> = { model: target.model, messages: toOpenAiMessages(messages), stream };
    if (tools?.length) body.tools = openAiChatTools(tools);
    if (options.temperature !== undefined) body.temperature = options.temperature;
    // OpenAI's own newer models refuse max_tokens; compatible hosts mostly know only max_tokens.
    if (options.maxTokens !== undefined) body[target.providerId === 'openai' ? 'max_completion_tokens' : 'max_tokens'] = options.maxTokens;
    if (stream) body.stream_options = { include_usage: true };
    return postJson(target, joinUrl(target.baseUrl, '/chat/completions'), body, stream);
  },
  modelsRequest(target) {
    return getJson(target, joinUrl(target.baseUrl, '/models'));
  },
  parseModels(body): ModelInfo[] {
    // Together answers with a bare array; everyone else with {object:'list', data:[...]}.
    const list = Array.isArray(body) ? body : asRecord(body)?.data;
    if (!Array.isArray(list)) return [];
    return list
      .map(asRecord)
      .filter((m): m is Record<string, unknown> => !!m && typeof m.id === 'string')
      .map((m) => ({ id: m.id as string, ...(str(m.owned_by) ? { ownedBy: str(m.owned_by) } : {}) }));
  },
  createStreamDecoder: createOpenAiChatDecoder,
  parseCompletion(body) {
    const json = asRecord(body);
    if (!json) return [{ type: 'error', error: { message: 'The response was not a JSON object' } }];
    return chunkEvents(json, { refusal: false, toolIndex: 0 });
  },
  parseError: parseErrorBody,
};
