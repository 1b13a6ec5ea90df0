/** How many blocks share one group: finished groups are skipped by React and, off screen, by layout and paint. */
export const BLOCKS_PER_GROUP = 32;

/** One group of consecutive blocks, with where each starts in the message. */
export interface BlockGroupSlice {
  raws: string[];
  starts: number[];
}

/**
 * The first `count` blocks cut into consecutive groups of BLOCKS_PER_GROUP (the last one partial). A group's
 * blocks only change while it is the last group, so the others compare equal (sameGroup) and
 * React skips them without visiting their blocks. Pure.
 */
export function groupBlocks(blocks: readonly string[], starts: readonly number[], count = blocks.length): BlockGroupSlice[] {
  const groups: BlockGroupSlice[] = [];
  for (let i = 0; i < count; i += BLOCKS_PER_GROUP) {
    const end = Math.min(count, i + BLOCKS_PER_GROUP);
    groups.push({ raws: blocks.slice(i, end), starts: starts.slice(i, end) });
  }
  return groups;
}

/** Two groups hold the same blocks (the same strings, from the same split). Pure. */
export function sameGroup(a: BlockGroupSlice, b: BlockGroupSlice): boolean {
  if (a.raws.length !== b.raws.length) return false;
  for (let i = 0; i < a.raws.length; i++) if (a.raws[i] !== b.raws[i] || a.starts[i] !== b.starts[i]) return false;
  return true;
}
