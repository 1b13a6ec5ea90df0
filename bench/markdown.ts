import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { RichBlock } from '../renderer/components/rich-text/RichBlock';
import { splitBlocks, type SplitState } from '../renderer/components/rich-text/split-blocks';
import { markdownAnswer } from './markdown-answer';
import { p95, type BenchOptions, type BenchResult } from './util';

// The work one streamed update costs the renderer: split the grown text (only its tail is lexed
// again) and render the last block (finished blocks are memoized and never render again).
function stream(text: string, tokensPerUpdate: number): number[] {
  const pieces = text.match(/\s*\S+/g) ?? [];
  const work: number[] = [];
  let state: SplitState | undefined;
  let shown = '';
  for (let i = 0; i < pieces.length; i += tokensPerUpdate) {
    shown += pieces.slice(i, i + tokensPerUpdate).join('');
    const t = performance.now();
    state = splitBlocks(shown, state);
    renderToString(createElement(RichBlock, { raw: state.blocks.at(-1) ?? '' }));
    work.push(performance.now() - t);
  }
  return work;
}

/** Streaming markdown, the renderer's code alone (in Node): per-update work at 2,000, 10,000 and 40,000 tokens stays flat. */
export function benchMarkdown(options: BenchOptions): BenchResult[] {
  const sizes = options.quick ? [500, 2_000] : [2_000, 10_000, 40_000];
  const p95s = sizes.map((tokens) => {
    const text = markdownAnswer(tokens);
    stream(markdownAnswer(500), 4); // warm the JIT
    return p95(stream(text, 4));
  });
  const last = p95s.at(-1)!;
  const ratio = last / Math.max(p95s[0]!, 0.001);
  return [
    {
      name: `markdown while streaming (split and render, in Node): p95 work per update at ${sizes.map((s) => s.toLocaleString('en')).join(' / ')} tokens`,
      value: `${p95s.map((v) => v.toFixed(2)).join(' / ')} ms (largest ÷ smallest ${ratio.toFixed(2)})`,
      budget: '<= 8 ms at the largest, flat (ratio <= 2)',
      pass: last <= 8 && ratio <= 2,
      figure: last,
      unit: 'ms',
    },
  ];
}
