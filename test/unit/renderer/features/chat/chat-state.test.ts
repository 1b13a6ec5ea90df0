import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../../../../electron/shared/chat';
import { finishNote, firstMatch, parseParam, sendBlocker, versionOf, windowStart } from '../../../../../renderer/features/chat/chat-state';

const msg = (over: Partial<ChatMessage>): ChatMessage => ({ id: 'a', role: 'assistant', content: '', createdAt: 0, ...over });

describe('chat view state', () => {
  it('names how an answer ended, and nothing for a normal stop', () => {
    expect(finishNote(msg({ finishReason: 'length' }))).toBe('length');
    expect(finishNote(msg({ finishReason: 'stop' }))).toBeUndefined();
    expect(finishNote(msg({ finishReason: 'aborted', status: 'aborted' }))).toBe('aborted');
  });

  it('places a message among its versions', () => {
    expect(versionOf(msg({ id: 'b', siblings: ['a', 'b', 'c'] }))).toEqual({ n: 2, m: 3, previous: 'a', next: 'c' });
    expect(versionOf(msg({ id: 'a', siblings: ['a', 'b'] }))).toEqual({ n: 1, m: 2, next: 'b' });
    expect(versionOf(msg({ id: 'a' }))).toBeUndefined();
  });

  it('says why Send is disabled: no provider, no key, no model', () => {
    const c = { providerId: 'together', model: 'm' };
    expect(sendBlocker(c, undefined)).toEqual({ key: 'composer.needsProvider' });
    expect(sendBlocker(c, { name: 'Together AI', needsKey: true, hasKey: false })).toEqual({ key: 'composer.needsKey', provider: 'Together AI' });
    expect(sendBlocker({ ...c, model: ' ' }, { name: 'Together AI', needsKey: true, hasKey: true })).toEqual({ key: 'composer.needsModel' });
    expect(sendBlocker(c, { name: 'Ollama', needsKey: false, hasKey: false })).toBeUndefined();
  });

  it('refuses sampling values out of range instead of dropping them', () => {
    expect(parseParam('temperature', '')).toEqual({ ok: true, value: null });
    expect(parseParam('temperature', '0.7')).toEqual({ ok: true, value: 0.7 });
    expect(parseParam('temperature', '3')).toEqual({ ok: false });
    expect(parseParam('maxTokens', '1.5')).toEqual({ ok: false });
    expect(parseParam('maxTokens', '512')).toEqual({ ok: true, value: 512 });
  });

  it('finds the first message with a search match, and windows the latest messages', () => {
    expect(firstMatch([msg({ content: 'alpha' }), msg({ content: 'Beta gamma' })], 'GAMMA')).toBe(1);
    expect(firstMatch([msg({ content: 'alpha' })], 'zeta')).toBe(-1);
    expect(windowStart(100, 60)).toBe(40);
    expect(windowStart(10, 60)).toBe(0);
  });
});
