import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../../../../electron/core/providers/protocols';
import { argumentsObject } from '../../../../../electron/core/providers/wire-tools';
import type { WireMessage, WireTool } from '../../../../../electron/core/providers/types';
import { resolvedTarget } from '../../../../support/builders';

const tools: WireTool[] = [{ name: 'files__read', description: 'Reads a file.', parameters: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] } }, { name: 'clock__now', description: 'Now.', parameters: { type: 'object' } }];
const round: WireMessage[] = [
  { role: 'user', content: 'read it' },
  { role: 'assistant', content: '', toolCalls: [{ id: 'c1', name: 'files__read', arguments: '{"path":"/tmp/a"}', signature: 'sig' }] },
  { role: 'tool', content: '', toolResults: [{ callId: 'c1', name: 'files__read', content: 'no such file', isError: true }] },
];
const body = (protocol: Parameters<typeof adapterFor>[0]) => JSON.parse(adapterFor(protocol).chatRequest(resolvedTarget({ protocol, model: 'm' }), round, true, {}, tools).body!) as Record<string, unknown>;

describe('tools in each protocol', () => {
  it('OpenAI Chat: function tools with object schemas; tool_calls with null content; tool messages', () => {
    const b = body('openai-chat');
    expect(b.tools).toEqual([
      { type: 'function', function: { name: 'files__read', description: 'Reads a file.', parameters: tools[0]!.parameters } },
      { type: 'function', function: { name: 'clock__now', description: 'Now.', parameters: { type: 'object', properties: {} } } },
    ]);
    expect((b.messages as unknown[]).slice(1)).toEqual([
      { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'files__read', arguments: '{"path":"/tmp/a"}' } }] },
      { role: 'tool', tool_call_id: 'c1', content: 'no such file' },
    ]);
  });

  it('Responses: flat tools that are not strict; function_call and function_call_output items', () => {
    const b = body('openai-responses');
    expect((b.tools as Record<string, unknown>[])[0]).toMatchObject({ type: 'function', name: 'files__read', strict: false });
    expect((b.input as unknown[]).slice(1)).toEqual([
      { type: 'function_call', call_id: 'c1', name: 'files__read', arguments: '{"path":"/tmp/a"}' },
      { type: 'function_call_output', call_id: 'c1', output: 'no such file' },
    ]);
  });

  it('Anthropic: input_schema; tool_use with object input; tool_result marked as an error', () => {
    const b = body('anthropic');
    expect((b.tools as Record<string, unknown>[])[0]).toEqual({ name: 'files__read', description: 'Reads a file.', input_schema: tools[0]!.parameters });
    expect((b.messages as unknown[]).slice(1)).toEqual([
      { role: 'assistant', content: [{ type: 'tool_use', id: 'c1', name: 'files__read', input: { path: '/tmp/a' } }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'c1', content: 'no such file', is_error: true }] },
    ]);
  });

  it('Gemini: JSON Schema declarations; the thought signature beside the call; an error response', () => {
    const b = body('gemini');
    expect(b.tools).toEqual([{ functionDeclarations: [expect.objectContaining({ name: 'files__read', parametersJsonSchema: tools[0]!.parameters }), expect.anything()] }]);
    expect((b.contents as unknown[]).slice(1)).toEqual([
      { role: 'model', parts: [{ functionCall: { name: 'files__read', args: { path: '/tmp/a' }, id: 'c1' }, thoughtSignature: 'sig' }] },
      { role: 'user', parts: [{ functionResponse: { name: 'files__read', response: { error: 'no such file' }, id: 'c1' } }] },
    ]);
  });

  it('Ollama: object arguments and a named tool message', () => {
    const b = body('ollama');
    expect((b.messages as unknown[]).slice(1)).toEqual([
      { role: 'assistant', content: '', tool_calls: [{ function: { name: 'files__read', arguments: { path: '/tmp/a' } } }] },
      { role: 'tool', content: 'no such file', tool_name: 'files__read' },
    ]);
  });

  it('offers no tools field when there are none', () => {
    const plain = JSON.parse(adapterFor('openai-chat').chatRequest(resolvedTarget(), [{ role: 'user', content: 'hi' }], true).body!) as Record<string, unknown>;
    expect(plain).not.toHaveProperty('tools');
  });

  it('reads arguments that are not an object as an empty object', () => {
    expect(argumentsObject({ id: 'x', name: 'n', arguments: '[1,2]' })).toEqual({});
    expect(argumentsObject({ id: 'x', name: 'n', arguments: '{"a":' })).toEqual({});
    expect(argumentsObject({ id: 'x', name: 'n', arguments: '' })).toEqual({});
  });
});

describe('reading tool calls', () => {
  it('keeps Gemini thought signatures and the OpenAI-compatible extra_content', () => {
    const gemini = adapterFor('gemini').parseCompletion({ candidates: [{ content: { parts: [{ functionCall: { name: 'f', args: { a: 1 } }, thoughtSignature: 'abc' }] }, finishReason: 'STOP' }] });
    expect(gemini).toContainEqual(expect.objectContaining({ type: 'tool-call-delta', name: 'f', signature: 'abc' }));
    const compat = adapterFor('openai-chat').parseCompletion({ choices: [{ index: 0, message: { tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: '{}' }, extra_content: { google: { thought_signature: 'xyz' } } }] }, finish_reason: 'tool_calls' }] });
    expect(compat).toContainEqual(expect.objectContaining({ signature: '{"google":{"thought_signature":"xyz"}}' }));
    const replay = JSON.parse(adapterFor('openai-chat').chatRequest(resolvedTarget(), [{ role: 'assistant', content: '', toolCalls: [{ id: 'c', name: 'f', arguments: '{}', signature: '{"google":{"thought_signature":"xyz"}}' }] }], true).body!) as { messages: { tool_calls: unknown[] }[] };
    expect(replay.messages[0]!.tool_calls[0]).toMatchObject({ extra_content: { google: { thought_signature: 'xyz' } } });
  });
});
