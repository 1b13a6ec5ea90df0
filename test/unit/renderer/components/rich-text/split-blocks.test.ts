import { describe, expect, it } from 'vitest';
import { splitBlocks } from '../../../../../renderer/components/rich-text/split-blocks';

const DOC = '# Title\n\nA paragraph\nover two lines.\n\n```ts\nconst a = 1;\n\n\nconst b = 2;\n```\n\n- one\n  - nested\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n$$\nx^2\n\n+ y\n$$\n\n> quoted\n';

describe('splitting markdown into blocks', () => {
  it('keeps fenced code with blank lines, nested lists, tables and $$ math spanning a blank line whole', () => {
    const { blocks } = splitBlocks(DOC);
    expect(blocks.map((b) => b.split('\n')[0])).toEqual(['# Title', 'A paragraph', '```ts', '- one', '| a | b |', '$$', '> quoted']);
    expect(blocks[5]).toContain('+ y\n$$');
  });

  it('gives the same blocks streamed piece by piece as all at once, re-lexing only the tail', () => {
    let state = splitBlocks('');
    for (let i = 1; i <= DOC.length; i += 7) state = splitBlocks(DOC.slice(0, i), state);
    state = splitBlocks(DOC, state);
    expect(state.blocks.map((b) => b.trimEnd())).toEqual(splitBlocks(DOC).blocks.map((b) => b.trimEnd()));
  });

  it('keeps finished blocks identical while the last one grows', () => {
    const first = splitBlocks('para one\n\npara tw');
    const next = splitBlocks('para one\n\npara two is longer', first);
    expect(next.blocks[0]).toBe(first.blocks[0]);
    expect(next.blocks[1]).toBe('para two is longer');
  });

  it('treats an unfinished fence as code to the end', () => {
    expect(splitBlocks('text\n\n```js\nconst x = 1;\nconst y').blocks[1]).toMatch(/^```js/);
  });

  it('starts over when the text is not a continuation (an edit, a switch of version)', () => {
    const before = splitBlocks('alpha\n\nbeta');
    expect(splitBlocks('gamma', before).blocks).toEqual(['gamma']);
  });
});
