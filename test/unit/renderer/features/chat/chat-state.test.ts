import { describe, expect, it } from 'vitest';
import { applyDelta, applyDone, filterConversations, finishNote, streamingMessage, windowStart } from '../../../../../renderer/features/chat/chat-state';
import type { Conversation } from '../../../../../electron/shared/chat';

const conv: Conversation = {
  id: 'c',
  title: 't',
  createdAt: 0,
  updatedAt: 0,
  providerId: 'p',
  model: 'm',
  messages: [
    { id: 'u', role: 'user', content: 'hi', createdAt: 0 },
    { id: 'a', role: 'assistant', content: 'He', createdAt: 0, status: 'streaming' },
  ],
};

describe('chat state', () => {
  it('appends deltas to the right message only', () => {
    const next = applyDelta(conv, { requestId: 'r', conversationId: 'c', messageId: 'a', text: 'llo', reasoning: 'hm' });
    expect(next.messages[1]).toMatchObject({ content: 'Hello', reasoning: 'hm' });
    expect(applyDelta(conv, { requestId: 'r', conversationId: 'other', messageId: 'a', text: 'x' })).toBe(conv);
  });
  it('replaces the streamed message with the final one', () => {
    const next = applyDone(conv, { requestId: 'r', conversationId: 'c', message: { id: 'a', role: 'assistant', content: 'Hello', createdAt: 0, status: 'done' } });
    expect(streamingMessage(next)).toBeUndefined();
    expect(streamingMessage(conv)?.id).toBe('a');
  });
  it('explains how an answer ended', () => {
    expect(finishNote({ id: 'a', role: 'assistant', content: '', createdAt: 0, finishReason: 'length' })).toMatch(/maximum length/);
    expect(finishNote({ id: 'a', role: 'assistant', content: '', createdAt: 0, finishReason: 'stop' })).toBeUndefined();
  });
});

describe('conversation search', () => {
  const list = [
    { id: '1', title: 'Rust lifetimes', updatedAt: 2, providerId: 'anthropic', model: 'claude', messageCount: 2 },
    { id: '2', title: 'Tax guide', updatedAt: 1, providerId: 'together', model: 'llama', messageCount: 4 },
  ];
  it('matches every word against title, provider and model', () => {
    expect(filterConversations(list, '').map((c) => c.id)).toEqual(['1', '2']);
    expect(filterConversations(list, 'rust claude').map((c) => c.id)).toEqual(['1']);
    expect(filterConversations(list, 'TOGETHER').map((c) => c.id)).toEqual(['2']);
    expect(filterConversations(list, 'rust together')).toEqual([]);
  });
});

describe('message window', () => {
  it('shows the latest messages and counts the hidden ones', () => {
    expect(windowStart(1000, 60)).toBe(940);
    expect(windowStart(10, 60)).toBe(0);
    expect(windowStart(1000, 2000)).toBe(0);
  });
});
