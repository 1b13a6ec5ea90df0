import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeltaBatcher } from '../../../../../electron/core/chat/delta-batcher';
import type { ChatDelta } from '../../../../../electron/shared/chat';

afterEach(() => vi.useRealTimers());

describe('delta batcher', () => {
  it('sends the first delta at once and coalesces the rest into one push per frame', () => {
    vi.useFakeTimers();
    let now = 0;
    const sent: ChatDelta[] = [];
    const b = new DeltaBatcher((d) => sent.push(d), 16, () => now);
    const d = (text: string) => ({ requestId: 'r', conversationId: 'c', messageId: 'm', text });
    b.add(d('a'));
    expect(sent.map((s) => s.text)).toEqual(['a']);
    now = 5;
    b.add(d('b'));
    b.add(d('c'));
    expect(sent).toHaveLength(1);
    now = 16;
    vi.advanceTimersByTime(11);
    expect(sent.map((s) => s.text)).toEqual(['a', 'bc']);
  });
  it("sends each request's first delta at once, even inside another request's frame", () => {
    vi.useFakeTimers();
    let now = 0;
    const sent: ChatDelta[] = [];
    const b = new DeltaBatcher((d) => sent.push(d), 16, () => now);
    b.add({ requestId: 'r1', conversationId: 'c', messageId: 'm1', text: 'a' });
    now = 1;
    b.add({ requestId: 'r1', conversationId: 'c', messageId: 'm1', text: 'b' });
    b.add({ requestId: 'r2', conversationId: 'c', messageId: 'm2', text: 'x' });
    expect(sent.map((s) => `${s.requestId}:${s.text}`)).toEqual(['r1:a', 'r2:x']);
    now = 16;
    vi.advanceTimersByTime(15);
    expect(sent.map((s) => `${s.requestId}:${s.text}`)).toEqual(['r1:a', 'r2:x', 'r1:b']);
  });
  it('keeps requests apart and flushes on demand', () => {
    const sent: ChatDelta[] = [];
    let now = 0;
    const b = new DeltaBatcher((d) => sent.push(d), 16, () => now);
    b.add({ requestId: 'r1', conversationId: 'c', messageId: 'm1', text: 'x' });
    now = 1;
    b.add({ requestId: 'r2', conversationId: 'c', messageId: 'm2', reasoning: 'y' });
    b.flush();
    expect(sent).toEqual([
      { requestId: 'r1', conversationId: 'c', messageId: 'm1', text: 'x' },
      { requestId: 'r2', conversationId: 'c', messageId: 'm2', reasoning: 'y' },
    ]);
  });
});
