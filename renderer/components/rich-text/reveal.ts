/**
 * How many blocks one animation frame may add to a message that fell behind its stream. Each new
 * block is parsed and laid out (about a millisecond for a paragraph): an answer arriving faster
 * than that (a fast host, a long answer delivered at once) would otherwise make every frame as
 * long as the burst is big. One a frame still shows some 60 paragraphs a second (well over a
 * thousand tokens), the pace of the fastest hosts, so the page falls behind only on bursts and
 * catches up; a stream at a model's usual pace never waits (see revealLimit).
 */
export const NEW_BLOCKS_PER_FRAME = 1;

/**
 * How many of a message's blocks to render. All of them when the message first mounts (`shown`
 * unknown) or when at most one block is new since the last render (a stream at a model's pace);
 * after a burst, what was shown plus what the frames since allowed (`allowance`). Pure.
 */
export function revealLimit(blocks: number, shown: number | undefined, allowance: number): number {
  if (shown === undefined || blocks <= shown + 1) return blocks;
  return Math.min(blocks, Math.max(shown, allowance));
}
