import { describe, expect, it } from 'vitest';
import { BLOCKS_PER_GROUP, groupBlocks, sameGroup } from '../../../../../renderer/components/rich-text/block-groups';

const blocks = (n: number) => Array.from({ length: n }, (_, i) => `block ${i}`);
const starts = (n: number) => Array.from({ length: n }, (_, i) => i * 10);

describe('groupBlocks', () => {
  it('cuts blocks into full groups and a partial last one, keeping every block in order', () => {
    const n = BLOCKS_PER_GROUP * 2 + 5;
    const groups = groupBlocks(blocks(n), starts(n));
    expect(groups.map((g) => g.raws.length)).toEqual([BLOCKS_PER_GROUP, BLOCKS_PER_GROUP, 5]);
    expect(groups.flatMap((g) => g.raws)).toEqual(blocks(n));
    expect(groups[1]!.starts[0]).toBe(BLOCKS_PER_GROUP * 10);
  });

  it('groups only the first `count` blocks when fewer are shown', () => {
    const n = BLOCKS_PER_GROUP * 2;
    expect(groupBlocks(blocks(n), starts(n), BLOCKS_PER_GROUP + 8).map((g) => g.raws.length)).toEqual([BLOCKS_PER_GROUP, 8]);
  });

  it('has no groups for no blocks', () => {
    expect(groupBlocks([], [])).toEqual([]);
  });
});

describe('sameGroup', () => {
  it('finds a finished group unchanged as the answer grows, and the last group changed', () => {
    const raws = blocks(BLOCKS_PER_GROUP + 3);
    const before = groupBlocks(raws, starts(raws.length));
    const grown = [...raws.slice(0, -1), `${raws.at(-1)!} and more`, 'a new block'];
    const after = groupBlocks(grown, starts(grown.length));
    expect(sameGroup(before[0]!, after[0]!)).toBe(true);
    expect(sameGroup(before[1]!, after[1]!)).toBe(false);
  });
});
