import { describe, expect, it } from 'vitest';
import { createOpenAiChatDecoder, openAiChat } from '../../../../../electron/core/providers/openai-chat';
import { resolvedTarget } from '../../../../support/builders';
import type { ResolvedTarget } from '../../../../../electron/core/providers/types';
import { fixtureBytes, replay, splitAt } from '../../../../support/replay';


describe('openai-chat stream decoder', () => {
  it('reads a stream delivered one byte at a time', () => {
    const bytes = fixtureBytes('openai-chat/usage-and-extra-chunk.sse');
    const r = replay(createOpenAiChatDecoder(), splitAt(bytes, [...bytes.keys()]));
    expect(r.text).toBe('Paris is the capital. ☃');
  });

  it('reports an unreadable chunk instead of dropping it silently', () => {
    const r = replay(createOpenAiChatDecoder(), [new TextEncoder().encode('data: {"choices":[{"delta":{"content":"br\n\ndata: [DONE]\n\n')]);
    expect(r.error?.message).toMatch(/Unreadable stream chunk/);
  });

  it('reads a final event that lacks its closing blank line', () => {
    const r = replay(createOpenAiChatDecoder(), [new TextEncoder().encode('data: {"choices":[{"index":0,"delta":{"content":"end"},"finish_reason":"stop"}]}')]);
    expect(r.text).toBe('end');
    expect(r.finishReason).toBe('stop');
  });
});

const target: ResolvedTarget = resolvedTarget({
  providerId: 'together',
  protocol: 'openai-chat',
  baseUrl: 'https://api.together.xyz/v1/',
  model: 'm',
  auth: { header: 'Authorization', scheme: 'bearer', requirement: 'required' },
  key: 'k-123',
  headers: { 'X-Title': 'Switchboard' },
});

describe('openai-chat requests and responses', () => {
  it('builds a streaming request with usage, the bearer header and extra headers', () => {
    const req = openAiChat.chatRequest(target, [{ role: 'user', content: 'hi' }], true);
    expect(req.url).toBe('https://api.together.xyz/v1/chat/completions');
    expect(req.headers.Authorization).toBe('Bearer k-123');
    expect(req.headers['X-Title']).toBe('Switchboard');
    expect(JSON.parse(req.body!)).toEqual({ model: 'm', messages: [{ role: 'user', content: 'hi' }], stream: true, stream_options: { include_usage: true } });
  });

  it('sends no auth header at all when there is no key', () => {
    const req = openAiChat.chatRequest({ ...target, key: undefined }, [], false);
    expect(Object.keys(req.headers).map((h) => h.toLowerCase())).not.toContain('authorization');
  });

  it('reads model lists both as {data:[...]} and as a bare array (Together)', () => {
    expect(openAiChat.parseModels({ object: 'list', data: [{ id: 'a', owned_by: 'x' }] })).toEqual([{ id: 'a', ownedBy: 'x' }]);
    expect(openAiChat.parseModels([{ id: 'b' }, { nope: 1 }])).toEqual([{ id: 'b' }]);
  });

  it('reads a whole (non-streaming) completion', () => {
    const events = openAiChat.parseCompletion({ choices: [{ index: 0, message: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' }], usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 } });
    expect(events).toEqual([
      { type: 'text', text: 'ok' },
      { type: 'finish', reason: 'stop', raw: 'stop' },
      { type: 'usage', usage: { inputTokens: 1, outputTokens: 1, totalTokens: 2 } },
    ]);
  });
});
