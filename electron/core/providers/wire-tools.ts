import type { ToolCall } from '../../shared/chat';
import type { WireMessage, WireTool, WireToolResult } from './types';

/**
 * Each protocol's shape for tools: how they are offered, how an assistant turn that called them is
 * replayed, and how their results go back. Pure.
 */

/** A tool's arguments as an object (what Anthropic, Gemini and Ollama replay); not an object: empty. */
export function argumentsObject(call: ToolCall): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(call.arguments || '{}');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** A JSON schema for arguments that every host accepts: an object with `properties`. */
function objectSchema(schema: Record<string, unknown>): Record<string, unknown> {
  return { ...schema, type: 'object', properties: schema.properties ?? {} };
}

/** OpenAI Chat Completions, Azure and Ollama: `{type: 'function', function: {...}}`. */
export function openAiChatTools(tools: readonly WireTool[]): Record<string, unknown>[] {
  return tools.map((t) => ({ type: 'function', function: { name: t.name, description: t.description, parameters: objectSchema(t.parameters) } }));
}

/** OpenAI Responses: flat function tools; `strict: false` because MCP schemas are not strict-mode schemas. */
export function responsesTools(tools: readonly WireTool[]): Record<string, unknown>[] {
  return tools.map((t) => ({ type: 'function', name: t.name, description: t.description, parameters: objectSchema(t.parameters), strict: false }));
}

/** Anthropic: `input_schema`. */
export function anthropicTools(tools: readonly WireTool[]): Record<string, unknown>[] {
  return tools.map((t) => ({ name: t.name, description: t.description, input_schema: objectSchema(t.parameters) }));
}

/** Gemini: one `functionDeclarations` list; `parametersJsonSchema` takes JSON Schema as MCP writes it. */
export function geminiTools(tools: readonly WireTool[]): Record<string, unknown>[] {
  return [{ functionDeclarations: tools.map((t) => ({ name: t.name, description: t.description, parametersJsonSchema: objectSchema(t.parameters) })) }];
}

// OpenAI-compatible hosts (Gemini's) put their extra per-call data in `extra_content`; kept as JSON.
function extraContent(call: ToolCall): Record<string, unknown> {
  if (!call.signature) return {};
  try {
    return { extra_content: JSON.parse(call.signature) as unknown };
  } catch {
    return {};
  }
}

/** OpenAI Chat: the assistant turn's `tool_calls`, then one `tool` message per result. */
export function openAiChatToolMessages(m: WireMessage): Record<string, unknown>[] | undefined {
  if (m.role === 'tool') return (m.toolResults ?? []).map((r) => ({ role: 'tool', tool_call_id: r.callId, content: r.content }));
  if (m.role === 'assistant' && m.toolCalls?.length) {
    const calls = m.toolCalls.map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: c.arguments || '{}' }, ...extraContent(c) }));
    return [{ role: 'assistant', content: m.content || null, tool_calls: calls }];
  }
  return undefined;
}

/** OpenAI Responses: `function_call` items after the turn's text, `function_call_output` items for results. */
export function responsesToolItems(m: WireMessage): Record<string, unknown>[] | undefined {
  if (m.role === 'tool') return (m.toolResults ?? []).map((r) => ({ type: 'function_call_output', call_id: r.callId, output: r.content }));
  if (m.role === 'assistant' && m.toolCalls?.length) {
    const text = m.content ? [{ role: 'assistant', content: m.content }] : [];
    return [...text, ...m.toolCalls.map((c) => ({ type: 'function_call', call_id: c.id, name: c.name, arguments: c.arguments || '{}' }))];
  }
  return undefined;
}

/** Anthropic: `tool_use` blocks in the assistant turn, `tool_result` blocks (first) in the next user turn. */
export function anthropicToolMessage(m: WireMessage): Record<string, unknown> | undefined {
  if (m.role === 'tool') return { role: 'user', content: (m.toolResults ?? []).map((r) => ({ type: 'tool_result', tool_use_id: r.callId, content: r.content, ...(r.isError ? { is_error: true } : {}) })) };
  if (m.role === 'assistant' && m.toolCalls?.length) {
    const text = m.content ? [{ type: 'text', text: m.content }] : [];
    return { role: 'assistant', content: [...text, ...m.toolCalls.map((c) => ({ type: 'tool_use', id: c.id, name: c.name, input: argumentsObject(c) }))] };
  }
  return undefined;
}

// Gemini gives calls no id before Gemini 3; the decoder names those `call_N`, which must not be replayed as ids.
const SYNTHETIC_GEMINI_ID = /^call_\d+$/;

function geminiResult(r: WireToolResult): Record<string, unknown> {
  return { functionResponse: { name: r.name, response: r.isError ? { error: r.content } : { result: r.content }, ...(SYNTHETIC_GEMINI_ID.test(r.callId) ? {} : { id: r.callId }) } };
}

/** Gemini: `functionCall` parts with their thoughtSignature beside them, `functionResponse` parts for results. */
export function geminiToolContent(m: WireMessage): Record<string, unknown> | undefined {
  if (m.role === 'tool') return { role: 'user', parts: (m.toolResults ?? []).map(geminiResult) };
  if (m.role === 'assistant' && m.toolCalls?.length) {
    const text = m.content ? [{ text: m.content }] : [];
    const calls = m.toolCalls.map((c) => ({ functionCall: { name: c.name, args: argumentsObject(c), ...(SYNTHETIC_GEMINI_ID.test(c.id) ? {} : { id: c.id }) }, ...(c.signature ? { thoughtSignature: c.signature } : {}) }));
    return { role: 'model', parts: [...text, ...calls] };
  }
  return undefined;
}

/** Ollama: `tool_calls` with object arguments, then one `tool` message per result, named. */
export function ollamaToolMessages(m: WireMessage): Record<string, unknown>[] | undefined {
  if (m.role === 'tool') return (m.toolResults ?? []).map((r) => ({ role: 'tool', content: r.content, tool_name: r.name }));
  if (m.role === 'assistant' && m.toolCalls?.length) return [{ role: 'assistant', content: m.content, tool_calls: m.toolCalls.map((c) => ({ function: { name: c.name, arguments: argumentsObject(c) } })) }];
  return undefined;
}
