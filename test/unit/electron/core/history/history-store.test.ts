import { describe, expect, it } from 'vitest';
import { HistoryService } from '../../../../../electron/core/history/history-service';
import { writerGone } from '../../../../../electron/core/history/history-store';
import type { ChatMessage } from '../../../../../electron/shared/chat';
import { useTempDir } from '../../../../support/temp-dir';

const msg = (id: string, role: ChatMessage['role'], content: string, extra: Partial<ChatMessage> = {}): ChatMessage => ({ id, role, content, createdAt: 1, ...extra });

describe('the history store', () => {
  const dir = useTempDir('sb-history-');
  const open = (now = () => 1000) => new HistoryService(dir(), now);

  it('keeps conversations and messages across openings, newest first, with the last user title', () => {
    const a = open();
    a.store.create({ id: 'c1', title: 'New chat', createdAt: 1, updatedAt: 1, providerId: 'together', model: 'm' });
    a.store.create({ id: 'c2', title: 'Second', createdAt: 2, updatedAt: 2, providerId: 'together', model: 'm' });
    a.store.append('c1', msg('u1', 'user', 'hello ☃'), null, 'hello ☃');
    a.close();
    const b = open();
    expect(b.store.list().conversations.map((c) => [c.id, c.title, c.messageCount])).toEqual([
      ['c1', 'hello ☃', 1],
      ['c2', 'Second', 0],
    ]);
    expect(b.store.get('c1')!.messages.map((m) => m.content)).toEqual(['hello ☃']);
    b.close();
  });

  it('keeps regenerated and edited turns as versions, and continues from the one shown', () => {
    const h = open();
    const s = h.store;
    s.create({ id: 'c', title: 't', createdAt: 1, updatedAt: 1, providerId: 'p', model: 'm' });
    s.append('c', msg('u1', 'user', 'q'), null);
    s.append('c', msg('a1', 'assistant', 'first answer'), 'u1');
    s.append('c', msg('a2', 'assistant', 'second answer'), 'u1');
    expect(s.get('c')!.messages.map((m) => [m.id, m.siblings])).toEqual([
      ['u1', undefined],
      ['a2', ['a1', 'a2']],
    ]);
    s.append('c', msg('u2', 'user', 'follow-up'), 'a2');
    s.selectBranch('c', 'a1');
    expect(s.get('c')!.messages.map((m) => m.id)).toEqual(['u1', 'a1']);
    s.selectBranch('c', 'a2');
    expect(s.get('c')!.messages.map((m) => m.id)).toEqual(['u1', 'a2', 'u2']);
    h.close();
  });

  it('marks an answer whose writer is gone as interrupted, text kept; a live one stays streaming', () => {
    let now = 1000;
    const h = open(() => now);
    const s = h.store;
    s.create({ id: 'c', title: 't', createdAt: 1, updatedAt: 1, providerId: 'p', model: 'm' });
    s.append('c', msg('u', 'user', 'q'), null);
    s.append('c', msg('a', 'assistant', 'partial', { status: 'streaming' }), 'u');
    // This process wrote it and is streaming it: live.
    expect(s.interruptStale('c', () => true)).toBe(0);
    // This process wrote it and is not streaming it any more (a crashed earlier run with our pid): interrupted at once.
    expect(h.open('c').messages[1]).toMatchObject({ content: 'partial', status: 'aborted', finishReason: 'interrupted' });
    now += 1;
    h.close();
  });

  it('tells a writer that is gone from one that lives', () => {
    const self = `host-a:${process.pid}`;
    expect(writerGone(null, self)).toBe(true);
    expect(writerGone(self, self)).toBe(true);
    expect(writerGone(`host-a:${process.ppid}`, self)).toBe(false);
    expect(writerGone('host-a:999999999', self)).toBe(true);
    expect(writerGone('elsewhere:1', self)).toBe(false);
  });
});
