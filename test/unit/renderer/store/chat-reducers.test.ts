import { describe, expect, it } from 'vitest';
import { applyDelta, applyDone, mergeFresh, streamingMessage } from '../../../../renderer/store/chat-reducers';
import { conversation } from '../../../support/builders';

const conv = conversation({ messages: [{ id: 'u', role: 'user', content: 'hi' }, { id: 'a', role: 'assistant', content: 'He', status: 'streaming' }] });

describe('chat reducers', () => {
  it('append deltas to the right message only', () => {
    const next = applyDelta(conv, { requestId: 'r', conversationId: conv.id, messageId: 'a', text: 'llo', reasoning: 'hm' });
    expect(next.messages[1]).toMatchObject({ content: 'Hello', reasoning: 'hm' });
    expect(applyDelta(conv, { requestId: 'r', conversationId: 'other', messageId: 'a', text: 'x' })).toBe(conv);
  });
  it('replace the streamed message with the final one', () => {
    const next = applyDone(conv, { requestId: 'r', conversationId: conv.id, message: { id: 'a', role: 'assistant', content: 'Hello', createdAt: 0, status: 'done' } });
    expect(streamingMessage(next)).toBeUndefined();
    expect(streamingMessage(conv)?.id).toBe('a');
  });
  it('keep the versions of a turn when its final message arrives without them', () => {
    const withVersions = conversation({ id: conv.id, messages: [{ id: 'u', role: 'user', content: 'hi' }, { id: 'a', role: 'assistant', content: 'He', status: 'streaming', siblings: ['a0', 'a'] }] });
    const next = applyDone(withVersions, { requestId: 'r', conversationId: conv.id, message: { id: 'a', role: 'assistant', content: 'Hello', createdAt: 0, status: 'done' } });
    expect(next.messages[1]).toMatchObject({ content: 'Hello', siblings: ['a0', 'a'] });
  });
  it('merge a fresh copy: the edited question from the copy, the longer answer from what streamed', () => {
    const local = conversation({ id: conv.id, messages: [{ id: 'u', role: 'user', content: 'old question' }, { id: 'a', role: 'assistant', content: 'Hello there', status: 'streaming' }] });
    const fresh = conversation({ id: conv.id, title: 'renamed', messages: [{ id: 'u', role: 'user', content: 'new question' }, { id: 'a', role: 'assistant', content: '', status: 'streaming' }] });
    const merged = mergeFresh(local, fresh);
    expect(merged.title).toBe('renamed');
    expect(merged.messages.map((m) => m.content)).toEqual(['new question', 'Hello there']);
  });
});
