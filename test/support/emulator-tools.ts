import type { EmulatedProtocol } from './emulator-protocols';

/**
 * Tool calling in the emulator. A user message with `call:TOOL({...json})` (one or more) makes the
 * emulator ask for those calls in the protocol's own shape, if such tools are offered (matched by
 * exact name or by `__TOOL` suffix). When the results come back it checks their shape the way a
 * strict host does (every call answered, ids matching, Gemini's thought signature returned) and
 * answers with what the tools said.
 */

type Obj = Record<string, unknown>;
/** A call the emulator will ask for. */
export interface PlannedCall {
  name: string;
  args: Obj;
}
/** A result the client sent back. */
export interface SeenResult {
  name: string;
  content: string;
  isError: boolean;
}

const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);
/** Gemini 3's thought signature on the first call of a round; it must come back with the call. */
export const EMULATOR_SIGNATURE = 'c2lnbmF0dXJlLWVtdWxhdG9y';

function fail(message: string): never {
  throw new Error(message);
}

/** The names of the tools a request offers, read from the protocol's own shape. */
export function offeredTools(protocol: EmulatedProtocol, body: Obj): string[] {
  const tools = list(body.tools);
  if (protocol === 'gemini') return tools.flatMap((t) => list(t.functionDeclarations).map((d) => String(d.name)));
  if (protocol === 'anthropic' || protocol === 'openai-responses') return tools.map((t) => String(t.name));
  return tools.map((t) => String((t.function as Obj | undefined)?.name));
}

/** The calls a question asks for (`call:name({...})`), resolved against the offered names. */
export function plannedCalls(question: string, offered: readonly string[]): PlannedCall[] {
  const out: PlannedCall[] = [];
  for (const m of question.matchAll(/call:([A-Za-z0-9_-]+)\((\{.*?\})\)/g)) {
    const name = offered.find((o) => o === m[1] || o.endsWith(`__${m[1]}`));
    if (name) out.push({ name, args: JSON.parse(m[2]!) as Obj });
  }
  return out;
}

function messagesOf(protocol: EmulatedProtocol, body: Obj): Obj[] {
  return list(protocol === 'gemini' ? body.contents : protocol === 'openai-responses' ? body.input : body.messages);
}

const textOf = (m: Obj): string => {
  if (typeof m.content === 'string') return m.content;
  const parts = list(m.content ?? m.parts);
  return parts.map((p) => (typeof p.text === 'string' && p.type !== 'tool_result' ? p.text : '')).join('');
};

/** Index of the user's last question (skipping the user turns that only carry tool results). */
function questionIndex(messages: Obj[]): number {
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i]!.role === 'user' && textOf(messages[i]!)) return i;
  return -1;
}

/** The text of the user's last question. */
export function questionText(protocol: EmulatedProtocol, body: Obj): string {
  const messages = messagesOf(protocol, body);
  const i = questionIndex(messages);
  return i >= 0 ? textOf(messages[i]!) : '';
}

// Each protocol's calls and results after the question, checked; [] when there are none yet.
function readRound(protocol: EmulatedProtocol, after: Obj[]): { calls: string[]; results: SeenResult[] } {
  const calls: string[] = [];
  const results: SeenResult[] = [];
  const ids = new Map<string, string>();
  const answer = (id: string, content: unknown, isError: boolean) => {
    const name = ids.get(id) ?? fail(`a tool result answers ${JSON.stringify(id)}, which no call has`);
    if (typeof content !== 'string') fail(`the result for ${id} is not a string`);
    results.push({ name, content, isError });
  };
  for (const m of after) {
    if (protocol === 'openai-chat') {
      for (const c of list(m.tool_calls)) {
        const fn = (c.function ?? fail('tool_calls[].function is required')) as Obj;
        if (c.type !== 'function' || typeof c.id !== 'string' || typeof fn.arguments !== 'string') fail('tool_calls[] needs id, type "function" and string arguments');
        ids.set(c.id, String(fn.name));
        calls.push(String(fn.name));
      }
      if (m.role === 'tool') answer(String(m.tool_call_id), m.content, false);
    } else if (protocol === 'openai-responses') {
      if (m.type === 'function_call') {
        if (typeof m.call_id !== 'string' || typeof m.arguments !== 'string') fail('function_call needs call_id and string arguments');
        ids.set(m.call_id, String(m.name));
        calls.push(String(m.name));
      }
      if (m.type === 'function_call_output') answer(String(m.call_id), m.output, false);
    } else if (protocol === 'anthropic') {
      const blocks = list(m.content);
      if (m.role === 'user' && blocks.some((b) => b.type === 'tool_result') && blocks[0]!.type !== 'tool_result') fail('tool_result blocks must come first in the user turn');
      for (const b of blocks) {
        if (b.type === 'tool_use') {
          if (!isObj(b.input)) fail('tool_use.input must be an object');
          ids.set(String(b.id), String(b.name));
          calls.push(String(b.name));
        }
        if (b.type === 'tool_result') answer(String(b.tool_use_id), b.content, b.is_error === true);
      }
    } else if (protocol === 'gemini') {
      let first = true;
      for (const p of list(m.parts)) {
        const call = p.functionCall as Obj | undefined;
        if (call) {
          if (!isObj(call.args)) fail('functionCall.args must be an object');
          // Gemini 3: the first call of each model turn carries the signature, and it must come back.
          if (first && p.thoughtSignature !== EMULATOR_SIGNATURE) fail('Function call is missing a thought_signature in functionCall parts. This is required for tools to work correctly.');
          first = false;
          ids.set(String(call.name), String(call.name));
          calls.push(String(call.name));
        }
        const response = p.functionResponse as Obj | undefined;
        if (response) {
          const r = (isObj(response.response) ? response.response : fail('functionResponse.response must be an object')) as Obj;
          answer(String(response.name), r.error ?? r.result, r.error !== undefined);
        }
      }
    } else {
      for (const c of list(m.tool_calls)) {
        const fn = (c.function ?? {}) as Obj;
        if (!isObj(fn.arguments)) fail('tool_calls[].function.arguments must be an object');
        ids.set(String(fn.name), String(fn.name));
        calls.push(String(fn.name));
      }
      if (m.role === 'tool') answer(String(m.tool_name ?? fail('a tool message needs tool_name')), m.content, false);
    }
  }
  if (calls.length && results.length < calls.length) fail(`${calls.length} tool call(s) but ${results.length} result(s)`);
  return { calls, results };
}

/** The tool results sent after the last question (checked), or undefined when none were. */
export function toolResults(protocol: EmulatedProtocol, body: Obj): SeenResult[] | undefined {
  const messages = messagesOf(protocol, body);
  const { results } = readRound(protocol, messages.slice(questionIndex(messages) + 1));
  return results.length ? results : undefined;
}

/** The answer once the tools have spoken: deterministic, so tests can assert on it. */
export function resultsReply(results: readonly SeenResult[]): string {
  return `The tools said: ${results.map((r) => `${r.name.replace(/^.*__/, '')}${r.isError ? ' (error)' : ''} = ${r.content.length > 200 ? `${r.content.length} characters` : r.content}`).join(' | ')}`;
}
