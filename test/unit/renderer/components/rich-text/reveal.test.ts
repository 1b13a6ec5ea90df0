import { describe, expect, it } from 'vitest';
import { NEW_BLOCKS_PER_FRAME, revealLimit } from '../../../../../renderer/components/rich-text/reveal';

describe('revealLimit', () => {
  it('renders a message whole when it mounts, however long', () => {
    expect(revealLimit(1_700, undefined, 0)).toBe(1_700);
  });

  it('keeps up with a stream at a model pace: one new block shows at once', () => {
    expect(revealLimit(11, 10, 0)).toBe(11);
    expect(revealLimit(10, 10, 0)).toBe(10);
  });

  it('after a burst, shows what was shown until a frame allows a few more', () => {
    expect(revealLimit(500, 10, 0)).toBe(10);
    expect(revealLimit(500, 10, 10 + NEW_BLOCKS_PER_FRAME)).toBe(10 + NEW_BLOCKS_PER_FRAME);
    expect(revealLimit(12, 10, 20)).toBe(12);
  });

  it('follows a text that got shorter (an edit, another version)', () => {
    expect(revealLimit(3, 10, 14)).toBe(3);
  });
});
