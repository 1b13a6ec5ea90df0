import type { ChatEvent, ProtocolAdapter, StreamDecoder } from './types';
import type { FinishReason, Usage } from '../../shared/chat';
import { createSseJsonDecoder } from './sse';
import { parseErrorBody } from './error-body';
import { asRecord, num, str } from './json';
import { joinUrl } from './url';
import { getJson, postJson } from './kit';
import { systemText, withoutSystem } from './messages';
import { anthropicContent } from './wire-content';
import { anthropicToolMessage, anthropicTools } from './wire-tools';
import { compactUsage } from './usage';

/** The API version every request must name. */
export const ANTHROPIC_VERSION = '2023-06-01';
const DEFAULT_MAX_TOKENS = 8192;

/** Maps Anthropic's stop_reason to ours. */
export function mapAnthropicStop(reason: string): FinishReason {
  switch (reason) {
    case 'end_turn':
    case 'stop_sequence':
      return 'stop';
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'length';
    case 'tool_use':
      return 'tool_calls';
    case 'refusal':
      return 'refusal';
    default:
      return 'unknown';
  }
}

function readUsage(value: unknown): Usage | undefined {
  const u = asRecord(value);
  const input = num(u?.input_tokens);
  // Cached prompt tokens are still input; Anthropic counts them apart.
  const cached = (num(u?.cache_read_input_tokens) ?? 0) + (num(u?.cache_creation_input_tokens) ?? 0);
  return u && compactUsage({ inputTokens: input === undefined ? undefined : input + cached, outputTokens: num(u.output_tokens) });
}

/** Reads one Anthropic stream event (the `data:` payload; its `type` equals the `event:` name). */
export function anthropicEventToChat(event: Record<string, unknown>): ChatEvent[] {
  switch (event.type) {
    case 'message_start': {
      const usage = readUsage(asRecord(event.message)?.usage);
      return usage ? [{ type: 'usage', usage }] : [];
    }
    case 'content_block_start': {
      const index = num(event.index) ?? 0;
      const block = asRecord(event.content_block);
      if (block?.type === 'text' && str(block.text)) return [{ type: 'text', text: str(block.text)! }];
      if (block?.type === 'thinking' && str(block.thinking)) return [{ type: 'reasoning', text: str(block.thinking)! }];
      // Redacted thinking is encrypted; say that it happened rather than dropping it silently.
      if (block?.type === 'redacted_thinking') return [{ type: 'reasoning', text: '[redacted thinking]\n' }];
      if (block?.type === 'tool_use' || block?.type === 'server_tool_use') {
        const input = asRecord(block.input);
        const args = input && Object.keys(input).length ? JSON.stringify(input) : undefined;
        return [{ type: 'tool-call-delta', index, id: str(block.id) ?? '', name: str(block.name) ?? '', ...(args ? { arguments: args } : {}) }];
      }
      return [];
    }
    case 'content_block_delta': {
      const index = num(event.index) ?? 0;
      const delta = asRecord(event.delta);
      switch (delta?.type) {
        case 'text_delta':
          return str(delta.text) ? [{ type: 'text', text: str(delta.text)! }] : [];
        case 'thinking_delta':
          return str(delta.thinking) ? [{ type: 'reasoning', text: str(delta.thinking)! }] : [];
        case 'input_json_delta':
          return str(delta.partial_json) ? [{ type: 'tool-call-delta', index, arguments: str(delta.partial_json)! }] : [];
        default:
          return []; // signature_delta, citations: nothing to show
      }
    }
    case 'message_delta': {
      const out: ChatEvent[] = [];
      const usage = readUsage(event.usage);
      if (usage) out.push({ type: 'usage', usage });
      const reason = str(asRecord(event.delta)?.stop_reason);
      if (reason) out.push({ type: 'finish', reason: mapAnthropicStop(reason), raw: reason });
      return out;
    }
    case 'message_stop':
      return [{ type: 'end' }];
    case 'error': {
      const { status: _status, ...error } = parseErrorBody(0, JSON.stringify(event));
      return [{ type: 'error', error }];
    }
    default:
      return []; // ping, content_block_stop, and event types added later
  }
}

function createDecoder(): StreamDecoder {
  return createSseJsonDecoder((json, _eventName, out) => {
    for (const event of anthropicEventToChat(json)) out.push(event);
  });
}

/** Anthropic's Messages API. */
export const anthropic: ProtocolAdapter = {
  protocol: 'anthropic',
  chatRequest(target, messages, stream, options = {}, tools) {
    const system = systemText(messages);
    const body = {
      model: target.model,
      max_tokens: options.maxTokens ?? DEFAULT_MAX_TOKENS,
      ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
      ...(system ? { system } : {}),
      messages: withoutSystem(messages).map((m) => anthropicToolMessage(m) ?? { role: m.role, content: anthropicContent(m) }),
      ...(tools?.length ? { tools: anthropicTools(tools) } : {}),
      stream,
    };
    return postJson(target, joinUrl(target.baseUrl, '/v1/messages'), body, stream, { 'anthropic-version': ANTHROPIC_VERSION });
  },
  modelsRequest(target) {
    return getJson(target, joinUrl(target.baseUrl, '/v1/models?limit=1000'), { 'anthropic-version': ANTHROPIC_VERSION });
  },
  parseModels(body) {
    const data = asRecord(body)?.data;
    return Array.isArray(data) ? data.map(asRecord).flatMap((m) => (m && str(m.id) ? [{ id: str(m.id)! }] : [])) : [];
  },
  createStreamDecoder: createDecoder,
  parseCompletion(body) {
    const json = asRecord(body);
    if (!json) return [{ type: 'error', error: { message: 'The response was not a JSON object' } }];
    if (json.type === 'error') return anthropicEventToChat(json);
    const out: ChatEvent[] = [];
    const content = Array.isArray(json.content) ? json.content.map(asRecord) : [];
    content.forEach((block, index) => {
      if (!block) return;
      if (block.type === 'text' && str(block.text)) out.push({ type: 'text', text: str(block.text)! });
      else if (block.type === 'thinking' && str(block.thinking)) out.push({ type: 'reasoning', text: str(block.thinking)! });
      else if (block.type === 'redacted_thinking') out.push({ type: 'reasoning', text: '[redacted thinking]\n' });
      else if (block.type === 'tool_use') out.push({ type: 'tool-call-delta', index, id: str(block.id) ?? '', name: str(block.name) ?? '', arguments: JSON.stringify(block.input ?? {}) });
    });
    const usage = readUsage(json.usage);
    if (usage) out.push({ type: 'usage', usage });
    const reason = str(json.stop_reason);
    if (reason) out.push({ type: 'finish', reason: mapAnthropicStop(reason), raw: reason });
    return out;
  },
  parseError: parseErrorBody,
};
