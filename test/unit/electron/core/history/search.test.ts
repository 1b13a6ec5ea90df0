import { describe, expect, it } from 'vitest';
import { HistoryService } from '../../../../../electron/core/history/history-service';
import { snippetAround } from '../../../../../electron/core/history/search';
import { HIT_END, HIT_START, snippetParts } from '../../../../../electron/shared/chat';
import { useTempDir } from '../../../../support/temp-dir';

describe('searching the history', () => {
  const dir = useTempDir('sb-search-');
  const seeded = () => {
    const h = new HistoryService(dir(), () => 1);
    const s = h.store;
    s.create({ id: 'c1', title: 'Kangaroo facts', createdAt: 1, updatedAt: 3, providerId: 'p', model: 'm' });
    s.create({ id: 'c2', title: '天气', createdAt: 1, updatedAt: 2, providerId: 'p', model: 'm' });
    s.append('c1', { id: 'm1', role: 'user', content: 'Tell me about the red kangaroo of Australia', createdAt: 1 }, null);
    s.append('c1', { id: 'm2', role: 'assistant', content: 'The red kangaroo is the largest marsupial.', createdAt: 2 }, 'm1');
    s.append('c2', { id: 'm3', role: 'user', content: '今天天气很好，我们去公园散步', createdAt: 3 }, null);
    return h;
  };
  it('finds words in titles and text, titles first, each message hit with its marked passage', () => {
    const h = seeded();
    const hits = h.search('kangaroo');
    expect(hits[0]).toMatchObject({ conversationId: 'c1', title: 'Kangaroo facts' });
    expect(hits.filter((x) => x.messageId).map((x) => x.messageId).sort()).toEqual(['m1', 'm2']);
    const parts = snippetParts(hits.find((x) => x.messageId === 'm2')!.snippet);
    expect(parts.find((p) => p.hit)?.text.toLowerCase()).toBe('kangaroo');
    h.close();
  });
  it('finds Chinese, including a two-character word the trigram index cannot see', () => {
    const h = seeded();
    expect(h.search('公园散步').map((x) => x.messageId)).toEqual(['m3']);
    expect(h.search('天气').map((x) => x.messageId ?? `title:${x.conversationId}`)).toEqual(['title:c2', 'm3']);
    h.close();
  });
  it('returns nothing for nothing, and takes quotes and LIKE wildcards literally', () => {
    const h = seeded();
    expect(h.search('   ')).toEqual([]);
    expect(h.search('"red" kangaroo')).toEqual([]);
    expect(h.search('%')).toEqual([]);
    expect(h.search('xyzzy-nothing')).toEqual([]);
    h.close();
  });
  it('cuts a passage around a match', () => {
    expect(snippetAround('a'.repeat(100) + 'needle' + 'b'.repeat(100), 'needle', 5)).toBe(`…aaaaa${HIT_START}needle${HIT_END}bbbbb…`);
  });
});
