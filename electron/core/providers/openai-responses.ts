import type { ChatEvent, ProtocolAdapter, StreamDecoder } from './types';
import type { FinishReason, Usage } from '../../shared/chat';
import { createSseJsonDecoder } from './sse';
import { parseErrorBody } from './error-body';
import { asRecord, num, str } from './json';
import { joinUrl } from './url';
import { postJson } from './kit';
import { openAiChat } from './openai-chat';
import { systemText, withoutSystem } from './messages';
import { openAiResponsesContent } from './wire-content';
import { responsesToolItems, responsesTools } from './wire-tools';
import { compactUsage } from './usage';

function readUsage(value: unknown): Usage | undefined {
  const u = asRecord(value);
  return u && compactUsage({ inputTokens: num(u.input_tokens), outputTokens: num(u.output_tokens), totalTokens: num(u.total_tokens), reasoningTokens: num(asRecord(u.output_tokens_details)?.reasoning_tokens) });
}

function incompleteReason(response: Record<string, unknown> | undefined): FinishReason {
  const reason = str(asRecord(response?.incomplete_details)?.reason);
  return reason === 'content_filter' ? 'content_filter' : 'length';
}

interface ResponsesState {
  calls: Set<number>;
  refusal: boolean;
  errored: boolean;
}

/** Reads one typed Responses API stream event. */
export function responsesEventToChat(event: Record<string, unknown>, state: ResponsesState): ChatEvent[] {
  const index = num(event.output_index) ?? 0;
  switch (event.type) {
    case 'response.output_text.delta':
      return str(event.delta) ? [{ type: 'text', text: str(event.delta)! }] : [];
    case 'response.refusal.delta':
      state.refusal = true;
      return str(event.delta) ? [{ type: 'text', text: str(event.delta)! }] : [];
    case 'response.reasoning_summary_text.delta':
    case 'response.reasoning_text.delta':
      return str(event.delta) ? [{ type: 'reasoning', text: str(event.delta)! }] : [];
    case 'response.reasoning_summary_part.done':
      return [{ type: 'reasoning', text: '\n\n' }];
    case 'response.output_item.added': {
      const item = asRecord(event.item);
      if (item?.type !== 'function_call' && item?.type !== 'custom_tool_call') return [];
      state.calls.add(index);
      return [{ type: 'tool-call-delta', index, id: str(item.call_id) ?? str(item.id) ?? '', name: str(item.name) ?? '', ...(str(item.arguments) ? { arguments: str(item.arguments)! } : {}) }];
    }
    case 'response.function_call_arguments.delta':
    case 'response.custom_tool_call_input.delta':
      return str(event.delta) ? [{ type: 'tool-call-delta', index, arguments: str(event.delta)! }] : [];
    case 'response.completed':
    case 'response.incomplete': {
      const response = asRecord(event.response);
      const out: ChatEvent[] = [];
      const usage = readUsage(response?.usage);
      if (usage) out.push({ type: 'usage', usage });
      const reason: FinishReason = event.type === 'response.incomplete' ? incompleteReason(response) : state.refusal ? 'refusal' : state.calls.size ? 'tool_calls' : 'stop';
      out.push({ type: 'finish', reason, raw: str(response?.status) ?? event.type });
      return out;
    }
    case 'response.failed': {
      if (state.errored) return [];
      const error = asRecord(asRecord(event.response)?.error);
      state.errored = true;
      return [{ type: 'error', error: { message: str(error?.message) ?? 'The response failed', ...(str(error?.code) ? { code: str(error?.code) } : {}) } }];
    }
    case 'error': {
      state.errored = true;
      const inner = asRecord(event.error) ?? event;
      return [{ type: 'error', error: { message: str(inner.message) ?? 'Stream error', ...(str(inner.code) ? { code: str(inner.code) } : {}), ...(str(inner.type) ? { type: str(inner.type) } : {}) } }];
    }
    default:
      return [];
  }
}

function createDecoder(): StreamDecoder {
  const state: ResponsesState = { calls: new Set(), refusal: false, errored: false };
  // Some gateways omit `type` in the data and only send `event:`; fall back to it.
  return createSseJsonDecoder((json, eventName, out) => {
    for (const event of responsesEventToChat(json.type ? json : { ...json, type: eventName }, state)) out.push(event);
  });
}

/** OpenAI's Responses API. */
export const openAiResponses: ProtocolAdapter = {
  protocol: 'openai-responses',
  chatRequest(target, messages, stream, options = {}, tools) {
    const instructions = systemText(messages);
    const body = {
      model: target.model,
      ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
      ...(options.maxTokens !== undefined ? { max_output_tokens: options.maxTokens } : {}),
      ...(instructions ? { instructions } : {}),
      input: withoutSystem(messages).flatMap((m) => responsesToolItems(m) ?? [{ role: m.role, content: openAiResponsesContent(m) }]),
      ...(tools?.length ? { tools: responsesTools(tools) } : {}),
      stream,
      store: false,
    };
    return postJson(target, joinUrl(target.baseUrl, '/responses'), body, stream);
  },
  modelsRequest: openAiChat.modelsRequest,
  parseModels: openAiChat.parseModels,
  createStreamDecoder: createDecoder,
  parseCompletion(body) {
    const json = asRecord(body);
    if (!json) return [{ type: 'error', error: { message: 'The response was not a JSON object' } }];
    if (json.error && asRecord(json.error)) return [{ type: 'error', error: { message: str(asRecord(json.error)?.message) ?? 'The response failed' } }];
    const out: ChatEvent[] = [];
    const output = Array.isArray(json.output) ? json.output.map(asRecord) : [];
    let calls = 0;
    let refusal = false;
    output.forEach((item, index) => {
      if (!item) return;
      if (item.type === 'message' && Array.isArray(item.content)) {
        for (const part of item.content.map(asRecord)) {
          if (part?.type === 'output_text' && str(part.text)) out.push({ type: 'text', text: str(part.text)! });
          if (part?.type === 'refusal' && str(part.refusal)) {
            refusal = true;
            out.push({ type: 'text', text: str(part.refusal)! });
          }
        }
      } else if (item.type === 'reasoning' && Array.isArray(item.summary)) {
        const text = item.summary.map((s) => str(asRecord(s)?.text) ?? '').filter(Boolean).join('\n\n');
        if (text) out.push({ type: 'reasoning', text });
      } else if (item.type === 'function_call' || item.type === 'custom_tool_call') {
        calls++;
        out.push({ type: 'tool-call-delta', index, id: str(item.call_id) ?? '', name: str(item.name) ?? '', arguments: str(item.arguments) ?? str(item.input) ?? '' });
      }
    });
    const usage = readUsage(json.usage);
    if (usage) out.push({ type: 'usage', usage });
    const status = str(json.status);
    out.push({ type: 'finish', reason: status === 'incomplete' ? incompleteReason(json) : refusal ? 'refusal' : calls ? 'tool_calls' : 'stop', raw: status ?? 'completed' });
    return out;
  },
  parseError: parseErrorBody,
};
