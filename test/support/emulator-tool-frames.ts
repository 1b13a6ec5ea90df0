import type { EmulatedProtocol } from './emulator-protocols';
import { EMULATOR_SIGNATURE, type PlannedCall } from './emulator-tools';

/** What the model says before it calls the tools (kept by the client as the round's text). */
export const TOOL_PREFACE = 'Let me use a tool.';

const sse = (data: object, event?: string) => `${event ? `event: ${event}\n` : ''}data: ${JSON.stringify(data)}\n\n`;
const halves = (s: string) => [s.slice(0, Math.ceil(s.length / 2)), s.slice(Math.ceil(s.length / 2))];

function openAiChat(model: string, calls: PlannedCall[]): string[] {
  const chunk = (delta: object, finish: string | null = null) => sse({ id: 'chatcmpl-emu0002', object: 'chat.completion.chunk', model, choices: [{ index: 0, delta, finish_reason: finish }] });
  return [
    chunk({ role: 'assistant', content: TOOL_PREFACE }),
    ...calls.flatMap((c, index) => [
      chunk({ tool_calls: [{ index, id: `call_emu_${index}`, type: 'function', function: { name: c.name, arguments: '' } }] }),
      ...halves(JSON.stringify(c.args)).map((arguments_) => chunk({ tool_calls: [{ index, function: { arguments: arguments_ } }] })),
    ]),
    chunk({}, 'tool_calls'),
    'data: [DONE]\n\n',
  ];
}

function responses(model: string, calls: PlannedCall[]): string[] {
  let seq = 0;
  const ev = (type: string, rest: object) => sse({ type, sequence_number: seq++, ...rest }, type);
  const item = (c: PlannedCall, i: number, args: string) => ({ type: 'function_call', id: `fc_${i}`, call_id: `call_emu_${i}`, name: c.name, arguments: args, status: 'completed' });
  return [
    ev('response.created', { response: { id: 'resp_emu0002', status: 'in_progress', model, output: [] } }),
    ev('response.output_item.added', { output_index: 0, item: { type: 'message', id: 'msg_0', role: 'assistant', content: [] } }),
    ev('response.output_text.delta', { item_id: 'msg_0', output_index: 0, content_index: 0, delta: TOOL_PREFACE }),
    ...calls.flatMap((c, n) => {
      const i = n + 1;
      const args = JSON.stringify(c.args);
      return [
        ev('response.output_item.added', { output_index: i, item: item(c, i, '') }),
        ...halves(args).map((delta) => ev('response.function_call_arguments.delta', { item_id: `fc_${i}`, output_index: i, delta })),
        ev('response.function_call_arguments.done', { item_id: `fc_${i}`, output_index: i, arguments: args }),
        ev('response.output_item.done', { output_index: i, item: item(c, i, args) }),
      ];
    }),
    ev('response.completed', { response: { id: 'resp_emu0002', status: 'completed', model, output: calls.map((c, n) => item(c, n + 1, JSON.stringify(c.args))), usage: { input_tokens: 20, output_tokens: 9, total_tokens: 29 } } }),
  ];
}

function anthropic(model: string, calls: PlannedCall[]): string[] {
  const ev = (type: string, rest: object) => `event: ${type}\ndata: ${JSON.stringify({ type, ...rest })}\n\n`;
  return [
    ev('message_start', { message: { id: 'msg_emu0002', type: 'message', role: 'assistant', model, content: [], stop_reason: null, usage: { input_tokens: 20, output_tokens: 1 } } }),
    ev('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
    ev('content_block_delta', { index: 0, delta: { type: 'text_delta', text: TOOL_PREFACE } }),
    ev('content_block_stop', { index: 0 }),
    ...calls.flatMap((c, n) => [
      ev('content_block_start', { index: n + 1, content_block: { type: 'tool_use', id: `toolu_emu_${n}`, name: c.name, input: {} } }),
      ...halves(JSON.stringify(c.args)).map((partial_json) => ev('content_block_delta', { index: n + 1, delta: { type: 'input_json_delta', partial_json } })),
      ev('content_block_stop', { index: n + 1 }),
    ]),
    ev('message_delta', { delta: { stop_reason: 'tool_use', stop_sequence: null }, usage: { output_tokens: 9 } }),
    ev('message_stop', {}),
  ];
}

function geminiParts(calls: PlannedCall[]): object[] {
  return calls.map((c, i) => ({ functionCall: { name: c.name, args: c.args }, ...(i === 0 ? { thoughtSignature: EMULATOR_SIGNATURE } : {}) }));
}

/** The frames of a streamed answer that asks for these calls, in the protocol's own shape. */
export function toolCallFrames(protocol: EmulatedProtocol, model: string, calls: PlannedCall[]): string[] {
  switch (protocol) {
    case 'openai-chat':
      return openAiChat(model, calls);
    case 'openai-responses':
      return responses(model, calls);
    case 'anthropic':
      return anthropic(model, calls);
    case 'gemini': {
      const usage = { promptTokenCount: 20, candidatesTokenCount: 9, totalTokenCount: 29 };
      return [`data: ${JSON.stringify({ candidates: [{ content: { parts: [{ text: TOOL_PREFACE }], role: 'model' }, index: 0 }] })}\r\n\r\n`, `data: ${JSON.stringify({ candidates: [{ content: { parts: geminiParts(calls), role: 'model' }, finishReason: 'STOP', index: 0 }], usageMetadata: usage })}\r\n\r\n`];
    }
    case 'ollama': {
      const line = (o: object) => `${JSON.stringify({ model, created_at: '2026-11-26T10:00:00Z', ...o })}\n`;
      return [
        line({ message: { role: 'assistant', content: TOOL_PREFACE }, done: false }),
        line({ message: { role: 'assistant', content: '', tool_calls: calls.map((c) => ({ function: { name: c.name, arguments: c.args } })) }, done: false }),
        line({ message: { role: 'assistant', content: '' }, done: true, done_reason: 'stop', prompt_eval_count: 20, eval_count: 9 }),
      ];
    }
  }
}

/** The whole (non-streamed) answer asking for these calls. */
export function toolCallBody(protocol: EmulatedProtocol, model: string, calls: PlannedCall[]): object {
  switch (protocol) {
    case 'openai-chat':
      return { id: 'chatcmpl-emu0002', object: 'chat.completion', model, choices: [{ index: 0, message: { role: 'assistant', content: TOOL_PREFACE, tool_calls: calls.map((c, i) => ({ id: `call_emu_${i}`, type: 'function', function: { name: c.name, arguments: JSON.stringify(c.args) } })) }, finish_reason: 'tool_calls' }] };
    case 'openai-responses':
      return { id: 'resp_emu0002', object: 'response', status: 'completed', model, output: [{ type: 'message', role: 'assistant', content: [{ type: 'output_text', text: TOOL_PREFACE }] }, ...calls.map((c, i) => ({ type: 'function_call', id: `fc_${i}`, call_id: `call_emu_${i}`, name: c.name, arguments: JSON.stringify(c.args) }))] };
    case 'anthropic':
      return { id: 'msg_emu0002', type: 'message', role: 'assistant', model, content: [{ type: 'text', text: TOOL_PREFACE }, ...calls.map((c, i) => ({ type: 'tool_use', id: `toolu_emu_${i}`, name: c.name, input: c.args }))], stop_reason: 'tool_use', usage: { input_tokens: 20, output_tokens: 9 } };
    case 'gemini':
      return { candidates: [{ content: { parts: [{ text: TOOL_PREFACE }, ...geminiParts(calls)], role: 'model' }, finishReason: 'STOP', index: 0 }] };
    case 'ollama':
      return { model, message: { role: 'assistant', content: TOOL_PREFACE, tool_calls: calls.map((c) => ({ function: { name: c.name, arguments: c.args } })) }, done: true, done_reason: 'stop' };
  }
}
