import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../../../../electron/core/providers/protocols';
import type { Protocol } from '../../../../../electron/shared/protocols';
import { fixtureBytes, replay, splitAt } from '../../../../support/replay';

interface Case {
  protocol: Protocol;
  file: string;
  text: string;
  reasoning?: string;
  finish?: string;
  usage?: object;
  toolCalls?: object[];
  error?: string;
}

// Each fixture reproduces a parser gotcha seen in real provider traffic (see the team's SOURCES.md).
const cases: Case[] = [
  { protocol: 'openai-chat', file: 'openai-chat/usage-and-extra-chunk.sse', text: 'Paris is the capital. ☃', finish: 'stop', usage: { inputTokens: 9, outputTokens: 6, totalTokens: 15, reasoningTokens: 0 } },
  { protocol: 'openai-chat', file: 'openai-chat/tool-call-fragments.sse', text: '', finish: 'tool_calls', toolCalls: [{ id: 'call_a1', name: 'get_weather', arguments: '{"city":"Oslo"}' }], usage: { inputTokens: 40, outputTokens: 12, totalTokens: 52 } },
  { protocol: 'openai-chat', file: 'openai-chat/deepseek-reasoning-crlf-nospace.sse', text: 'Answer', reasoning: 'Thinking.', finish: 'length', usage: { inputTokens: 5, outputTokens: 3, totalTokens: 8, reasoningTokens: 2 } },
  { protocol: 'openai-chat', file: 'openai-chat/groq-event-error-no-done.sse', text: 'Hello', error: 'Service Unavailable' },
  { protocol: 'openai-chat', file: 'openai-chat/openrouter-error-in-chunk.sse', text: 'Par', error: 'Provider returned error' },
  { protocol: 'openai-chat', file: 'openai-chat/mistral-parts-tool-no-index.sse', text: 'Done.', reasoning: 'Hmm.', finish: 'tool_calls', toolCalls: [{ id: 'abc123XYZ', name: 'lookup', arguments: '{"q":1}' }] },
  { protocol: 'openai-chat', file: 'openai-chat/refusal.sse', text: 'I cannot help.', finish: 'refusal' },
  { protocol: 'openai-chat', file: 'openai-chat/azure-prompt-filter-first.sse', text: 'Hi', finish: 'stop' },
  {
    protocol: 'anthropic',
    file: 'anthropic/thinking-text-tool.sse',
    text: 'Checking the weather in Oslo ☔.',
    reasoning: 'Let me check.[redacted thinking]\n',
    finish: 'tool_calls',
    usage: { inputTokens: 61, outputTokens: 88 },
    toolCalls: [{ id: 'toolu_01A', name: 'get_weather', arguments: '{"city": "Oslo"}' }],
  },
  {
    protocol: 'anthropic',
    file: 'anthropic/max-tokens-cut-tool-json.sse',
    text: 'Writing the file.',
    finish: 'length',
    toolCalls: [{ id: 'toolu_02B', name: 'make_file', arguments: '{"filename": "taxes.txt", "lines": ["# GUIDE",' }],
  },
  { protocol: 'anthropic', file: 'anthropic/error-after-200.sse', text: 'Partial', error: 'Overloaded' },
  { protocol: 'anthropic', file: 'anthropic/refusal.sse', text: 'I can’t help with that.', finish: 'refusal' },
  {
    protocol: 'gemini',
    file: 'gemini/thought-crlf.sse',
    text: 'Look left, then right.',
    reasoning: '**Planning**\n\nI think.',
    finish: 'stop',
    usage: { inputTokens: 34, outputTokens: 73, totalTokens: 107, reasoningTokens: 68 },
  },
  { protocol: 'gemini', file: 'gemini/function-call.sse', text: '', finish: 'tool_calls', toolCalls: [{ id: 'call_0', name: 'get_weather', arguments: '{"city":"Oslo","units":["c"]}', signature: 'CiQBcsjafF==' }] },
  {
    protocol: 'gemini',
    file: 'gemini/json-array-stream.json',
    text: 'Curry–Howard: proofs are programs. Types are propositions.',
    reasoning: 'Braces } and ] and \\"quotes\\" in a thought [',
    finish: 'length',
    usage: { inputTokens: 124, outputTokens: 9, totalTokens: 133 },
  },
  {
    protocol: 'ollama',
    file: 'ollama/thinking-tool.ndjson',
    text: 'Let me look.',
    reasoning: 'Hmm, weather.',
    finish: 'tool_calls',
    usage: { inputTokens: 169, outputTokens: 15, totalTokens: 184, generationMs: 115.959084 },
    toolCalls: [{ id: 'call_0', name: 'get_weather', arguments: '{"city":"Tokyo"}' }],
  },
  { protocol: 'ollama', file: 'ollama/error-line.ndjson', text: ' Yes.', error: 'an error was encountered while running the model' },
  {
    protocol: 'openai-responses',
    file: 'openai-responses/reasoning-text-function.sse',
    text: 'Paris it is.',
    reasoning: '**Weighing** the options.\n\n',
    finish: 'tool_calls',
    usage: { inputTokens: 42, outputTokens: 112, totalTokens: 154, reasoningTokens: 64 },
    toolCalls: [{ id: 'call_9', name: 'get_capital', arguments: '{"country":"France"}' }],
  },
  { protocol: 'openai-responses', file: 'openai-responses/error-then-failed.sse', text: '', error: 'You exceeded your current quota, please check your plan and billing details.' },
  { protocol: 'openai-responses', file: 'openai-responses/incomplete.sse', text: 'Once upon a', finish: 'length', usage: { inputTokens: 3, outputTokens: 4, totalTokens: 7 } },
];

describe.each(cases)('$protocol: $file', (c) => {
  it('assembles the same answer whatever the byte boundaries', () => {
    const bytes = fixtureBytes(c.file);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: bytes.length }), { maxLength: 40 }), (offsets) => {
        const r = replay(adapterFor(c.protocol).createStreamDecoder(), splitAt(bytes, offsets));
        expect(r.text).toBe(c.text);
        expect(r.reasoning).toBe(c.reasoning ?? '');
        if (c.finish) expect(r.finishReason).toBe(c.finish);
        if (c.usage) expect(r.usage).toEqual(c.usage);
        expect(r.toolCalls).toEqual(c.toolCalls ?? []);
        if (c.error) expect(r.error?.message).toBe(c.error);
        else expect(r.error).toBeUndefined();
      }),
      { numRuns: 120 },
    );
  });
});

describe('non-streaming bodies', () => {
  it('anthropic: thinking, text, tool use, stop reason', () => {
    const events = adapterFor('anthropic').parseCompletion({
      content: [
        { type: 'thinking', thinking: 'Hm.', signature: 's' },
        { type: 'text', text: 'Hi' },
        { type: 'tool_use', id: 't1', name: 'f', input: { a: 1 } },
      ],
      stop_reason: 'tool_use',
      usage: { input_tokens: 3, output_tokens: 4 },
    });
    expect(events).toContainEqual({ type: 'reasoning', text: 'Hm.' });
    expect(events).toContainEqual({ type: 'tool-call-delta', index: 2, id: 't1', name: 'f', arguments: '{"a":1}' });
    expect(events).toContainEqual({ type: 'finish', reason: 'tool_calls', raw: 'tool_use' });
  });
  it('responses: message, reasoning summary, function call', () => {
    const events = adapterFor('openai-responses').parseCompletion({
      status: 'completed',
      output: [
        { type: 'reasoning', summary: [{ type: 'summary_text', text: 'Plan.' }] },
        { type: 'message', content: [{ type: 'output_text', text: 'Done.' }] },
      ],
      usage: { input_tokens: 1, output_tokens: 2, total_tokens: 3 },
    });
    expect(events).toEqual([
      { type: 'reasoning', text: 'Plan.' },
      { type: 'text', text: 'Done.' },
      { type: 'usage', usage: { inputTokens: 1, outputTokens: 2, totalTokens: 3 } },
      { type: 'finish', reason: 'stop', raw: 'completed' },
    ]);
  });
  it('gemini: a blocked prompt is a content-filter stop', () => {
    expect(adapterFor('gemini').parseCompletion({ promptFeedback: { blockReason: 'SAFETY' } })).toContainEqual({ type: 'finish', reason: 'content_filter', raw: 'SAFETY' });
  });
});
