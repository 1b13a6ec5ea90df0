import { describe, expect, it } from 'vitest';
import { filterConversations, finishNote, windowStart } from '../../../../../renderer/features/chat/chat-state';

describe('chat state', () => {
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
