import type { ChatEvent, ProtocolAdapter, ResolvedTarget, StreamDecoder } from './types';
import type { FinishReason, Usage } from '../../shared/chat';
import { createSseFramer, unreadable } from './sse';
import { createJsonArrayFramer } from './json-array';
import { parseErrorBody } from './error-body';
import { asRecord, num, str, tryParseJson } from './json';
import { joinUrl } from './url';
import { getJson, postJson } from './kit';
import { systemText, withoutSystem } from './messages';
import { geminiParts } from './wire-content';
import { geminiToolContent, geminiTools } from './wire-tools';
import { compactUsage } from './usage';

/** Maps Gemini's finishReason to ours. */
export function mapGeminiFinish(reason: string): FinishReason {
  switch (reason) {
    case 'STOP':
      return 'stop';
    case 'MAX_TOKENS':
      return 'length';
    case 'SAFETY':
    case 'RECITATION':
    case 'BLOCKLIST':
    case 'PROHIBITED_CONTENT':
    case 'SPII':
    case 'IMAGE_SAFETY':
      return 'content_filter';
    case 'MALFORMED_FUNCTION_CALL':
      return 'error';
    default:
      return 'unknown';
  }
}

function readUsage(value: unknown): Usage | undefined {
  const u = asRecord(value);
  const output = num(u?.candidatesTokenCount);
  const thoughts = num(u?.thoughtsTokenCount);
  // Gemini counts thinking apart from the answer; both are output the user pays for.
  const outputTokens = output === undefined && thoughts === undefined ? undefined : (output ?? 0) + (thoughts ?? 0);
  return u && compactUsage({ inputTokens: num(u.promptTokenCount), outputTokens, totalTokens: num(u.totalTokenCount), reasoningTokens: thoughts });
}

/**
 * Reads one GenerateContentResponse (a stream chunk or the whole answer) into events, appended to
 * `out` (a stream passes one array for all the chunks of a read) and returned.
 */
export function geminiResponseToChat(response: Record<string, unknown>, state: { calls: number }, out: ChatEvent[] = []): ChatEvent[] {
  if (response.error !== undefined) {
    const { status: _s, ...error } = parseErrorBody(0, JSON.stringify({ error: response.error }));
    out.push({ type: 'error', error });
    return out;
  }
  const candidate = asRecord(Array.isArray(response.candidates) ? response.candidates[0] : undefined);
  const parts = asRecord(candidate?.content)?.parts;
  // Once per streamed chunk: a loop over the parts as they are, no mapped copy.
  for (const item of Array.isArray(parts) ? (parts as unknown[]) : []) {
    const part = asRecord(item);
    if (!part) continue;
    const text = str(part.text);
    if (text) out.push({ type: part.thought === true ? 'reasoning' : 'text', text });
    const call = asRecord(part.functionCall);
    if (call) {
      const index = state.calls++;
      // Gemini sends whole calls with arguments as an object, and no id: make a stable one.
      // The thought signature sits beside the call (Gemini 2.x also inside it); Gemini 3 needs it back.
      const signature = str(part.thoughtSignature) ?? str(call.thoughtSignature);
      out.push({ type: 'tool-call-delta', index, id: str(call.id) ?? `call_${index}`, name: str(call.name) ?? '', arguments: JSON.stringify(call.args ?? {}), ...(signature ? { signature } : {}) });
    }
  }
  const usage = readUsage(response.usageMetadata);
  if (usage) out.push({ type: 'usage', usage });
  const reason = str(candidate?.finishReason);
  if (reason) {
    const mapped = mapGeminiFinish(reason);
    out.push({ type: 'finish', reason: mapped === 'stop' && state.calls > 0 ? 'tool_calls' : mapped, raw: reason });
  }
  const blocked = str(asRecord(response.promptFeedback)?.blockReason);
  if (blocked) out.push({ type: 'finish', reason: 'content_filter', raw: blocked });
  return out;
}

/** Decodes `alt=sse` (CRLF-separated SSE) or, when the server ignored it, the streamed JSON array. */
function createDecoder(): StreamDecoder {
  const state = { calls: 0 };
  let mode: 'sse' | 'array' | undefined;
  let pending = '';
  const sse = createSseFramer();
  const array = createJsonArrayFramer();
  let out: ChatEvent[] = [];
  const onPayload = (payload: string) => {
    const json = asRecord(tryParseJson(payload));
    if (json) geminiResponseToChat(json, state, out);
    else if (payload.trim()) out.push(unreadable(payload));
  };
  const take = (): ChatEvent[] => {
    const events = out;
    out = [];
    return events;
  };
  const feed = (text: string): ChatEvent[] => {
    if (!mode) {
      pending += text;
      const first = pending.trimStart()[0];
      if (!first) return [];
      mode = first === '[' ? 'array' : 'sse';
      text = pending;
      pending = '';
    }
    if (mode === 'array') for (const payload of array.push(text)) onPayload(payload);
    else sse.push(text, onPayload);
    return take();
  };
  const end = (): ChatEvent[] => {
    if (mode === 'sse') sse.end(onPayload);
    else if (mode === 'array') for (const payload of array.end()) onPayload(payload);
    return take();
  };
  return { push: feed, end };
}

function modelPath(target: ResolvedTarget): string {
  return `/models/${encodeURIComponent(target.model.replace(/^models\//, ''))}`;
}

/** Google's Gemini API (AI Studio). */
export const gemini: ProtocolAdapter = {
  protocol: 'gemini',
  chatRequest(target, messages, stream, options = {}, tools) {
    const system = systemText(messages);
    const config = { ...(options.temperature !== undefined ? { temperature: options.temperature } : {}), ...(options.maxTokens !== undefined ? { maxOutputTokens: options.maxTokens } : {}) };
    const body = {
      ...(Object.keys(config).length ? { generationConfig: config } : {}),
      contents: withoutSystem(messages).map((m) => geminiToolContent(m) ?? { role: m.role === 'assistant' ? 'model' : 'user', parts: geminiParts(m) }),
      ...(tools?.length ? { tools: geminiTools(tools) } : {}),
      ...(system ? { systemInstruction: { parts: [{ text: system }] } } : {}),
    };
    const path = `${modelPath(target)}:${stream ? 'streamGenerateContent?alt=sse' : 'generateContent'}`;
    return postJson(target, joinUrl(target.baseUrl, path), body, stream);
  },
  modelsRequest(target) {
    return getJson(target, joinUrl(target.baseUrl, '/models?pageSize=1000'));
  },
  parseModels(body) {
    const models = asRecord(body)?.models;
    if (!Array.isArray(models)) return [];
    return models.map(asRecord).flatMap((m) => {
      const name = str(m?.name);
      const methods = m?.supportedGenerationMethods;
      if (!name || (Array.isArray(methods) && !methods.includes('generateContent'))) return [];
      return [{ id: name.replace(/^models\//, '') }];
    });
  },
  createStreamDecoder: createDecoder,
  parseCompletion(body) {
    const json = asRecord(body);
    return json ? geminiResponseToChat(json, { calls: 0 }) : [{ type: 'error', error: { message: 'The response was not a JSON object' } }];
  },
  parseError: parseErrorBody,
};
