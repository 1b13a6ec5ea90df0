import { describe, expect, it } from 'vitest';
import { matchItems } from '../../../../../renderer/features/palette/palette-items';

const items = [
  { id: 'new', group: 0, label: 'New chat' },
  { id: 'c1', group: 1, label: 'Open conversation: Rust lifetimes' },
  { id: 'm1', group: 3, label: 'Use model: gpt-4o-mini' },
  { id: 'm2', group: 3, label: 'Use model: gpt-4o' },
];

describe('palette matching', () => {
  it('needs every typed word, ignoring case and punctuation', () => {
    expect(matchItems(items, 'use model gpt-4o').map((i) => i.id)).toEqual(['m1', 'm2']);
    expect(matchItems(items, 'RUST').map((i) => i.id)).toEqual(['c1']);
    expect(matchItems(items, 'nothing here')).toEqual([]);
  });
  it('puts labels that start with the query first, then by group, then in order', () => {
    expect(matchItems(items, '').map((i) => i.id)).toEqual(['new', 'c1', 'm1', 'm2']);
    expect(matchItems(items, 'new').map((i) => i.id)).toEqual(['new']);
  });
});
