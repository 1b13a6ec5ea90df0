import type { ChatEvent, ProtocolAdapter, StreamDecoder } from './types';
import { createLineFramer } from './ndjson';
import { unreadable } from './sse';
import { compactUsage } from './usage';
import { parseErrorBody } from './error-body';
import { asRecord, num, str, tryParseJson } from './json';
import { joinUrl } from './url';
import { ollamaMessage } from './wire-content';
import { ollamaToolMessages, openAiChatTools } from './wire-tools';
import { getJson, requestHeaders } from './kit';
import { mapFinishReason } from './openai-chat';

/** Reads one Ollama /api/chat object (a stream line or the whole answer). */
export function ollamaObjectToChat(obj: Record<string, unknown>, state: { calls: number }): ChatEvent[] {
  // A failure after HTTP 200 arrives as a line {"error": "..."}.
  if (obj.error !== undefined) return [{ type: 'error', error: { message: typeof obj.error === 'string' ? obj.error : JSON.stringify(obj.error) } }];
  const out: ChatEvent[] = [];
  const message = asRecord(obj.message);
  const thinking = str(message?.thinking);
  if (thinking) out.push({ type: 'reasoning', text: thinking });
  const content = str(message?.content) ?? str(obj.response);
  if (content) out.push({ type: 'text', text: content });
  const calls = Array.isArray(message?.tool_calls) ? message.tool_calls.map(asRecord) : [];
  for (const call of calls) {
    const fn = asRecord(call?.function);
    if (!fn) continue;
    const index = state.calls++;
    out.push({ type: 'tool-call-delta', index, id: str(call?.id) ?? `call_${index}`, name: str(fn.name) ?? '', arguments: typeof fn.arguments === 'string' ? fn.arguments : JSON.stringify(fn.arguments ?? {}) });
  }
  if (obj.done === true) {
    const input = num(obj.prompt_eval_count);
    const output = num(obj.eval_count);
    const evalNs = num(obj.eval_duration);
    const usage = compactUsage({
      inputTokens: input,
      outputTokens: output,
      totalTokens: input !== undefined && output !== undefined ? input + output : undefined,
      // Ollama reports durations in nanoseconds.
      generationMs: evalNs !== undefined ? evalNs / 1e6 : undefined,
    });
    if (usage) out.push({ type: 'usage', usage });
    const raw = str(obj.done_reason) ?? 'stop';
    const reason = mapFinishReason(raw);
    out.push({ type: 'finish', reason: state.calls > 0 && reason === 'stop' ? 'tool_calls' : reason === 'unknown' ? 'stop' : reason, raw });
  }
  return out;
}

function createDecoder(): StreamDecoder {
  const lines = createLineFramer();
  const state = { calls: 0 };
  const decode = (batch: string[]) =>
    batch.flatMap((line): ChatEvent[] => {
      const json = asRecord(tryParseJson(line));
      return json ? ollamaObjectToChat(json, state) : [unreadable(line)];
    });
  return { push: (t) => decode(lines.push(t)), end: () => decode(lines.end()) };
}

/** Ollama's native API: /api/chat (NDJSON), /api/tags. A key (Bearer) only for ollama.com. */
export const ollama: ProtocolAdapter = {
  protocol: 'ollama',
  chatRequest(target, messages, stream, options = {}, tools) {
    const modelOptions = { ...(options.temperature !== undefined ? { temperature: options.temperature } : {}), ...(options.maxTokens !== undefined ? { num_predict: options.maxTokens } : {}) };
    return {
      url: joinUrl(target.baseUrl, '/api/chat'),
      method: 'POST',
      // NDJSON either way: Ollama takes no stream-specific accept header.
      headers: requestHeaders(target, { json: true }),
      body: JSON.stringify({
        model: target.model,
        messages: messages.flatMap((m) => ollamaToolMessages(m) ?? [ollamaMessage(m)]),
        ...(tools?.length ? { tools: openAiChatTools(tools) } : {}),
        stream,
        ...(Object.keys(modelOptions).length ? { options: modelOptions } : {}),
      }),
    };
  },
  modelsRequest(target) {
    return getJson(target, joinUrl(target.baseUrl, '/api/tags'));
  },
  parseModels(body) {
    const models = asRecord(body)?.models;
    return Array.isArray(models) ? models.map(asRecord).flatMap((m) => (str(m?.name) ?? str(m?.model) ? [{ id: (str(m?.name) ?? str(m?.model))! }] : [])) : [];
  },
  createStreamDecoder: createDecoder,
  parseCompletion(body) {
    const json = asRecord(body);
    return json ? ollamaObjectToChat(json, { calls: 0 }) : [{ type: 'error', error: { message: 'The response was not a JSON object' } }];
  },
  parseError: parseErrorBody,
};
