import { memo, useEffect, useMemo, useReducer, useRef } from 'react';
import { RichBlock } from './RichBlock';
import { splitBlocks, type SplitState } from './split-blocks';
import { NEW_BLOCKS_PER_FRAME, revealLimit } from './reveal';
import { groupBlocks, sameGroup, type BlockGroupSlice } from './block-groups';

// A long answer has thousands of blocks: in groups, a streamed update visits a few dozen finished
// groups instead of every block, and `content-visibility` spares laying out and painting those off screen.
const BlockGroup = memo(
  function BlockGroup({ group }: { group: BlockGroupSlice }) {
    return (
      <div className="block-group">
        {group.raws.map((raw, i) => (
          <RichBlock key={group.starts[i]} raw={raw} />
        ))}
      </div>
    );
  },
  (a, b) => sameGroup(a.group, b.group),
);

/**
 * The rendered markdown of one message, block by block (see Markdown.tsx). A message mounts whole;
 * when its stream outruns the page, the blocks behind are revealed a few per frame (reveal.ts).
 */
export default function RichMarkdown({ text }: { text: string }) {
  const previous = useRef<SplitState | undefined>(undefined);
  const { blocks, starts } = useMemo(() => (previous.current = splitBlocks(text, previous.current)), [text]);
  const shown = useRef<number | undefined>(undefined);
  const allowance = useRef(0);
  const limit = revealLimit(blocks.length, shown.current, allowance.current);
  const [, nextFrame] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    shown.current = limit;
    if (limit >= blocks.length) return;
    const frame = requestAnimationFrame(() => {
      allowance.current = limit + NEW_BLOCKS_PER_FRAME;
      nextFrame();
    });
    return () => cancelAnimationFrame(frame);
  }, [limit, blocks.length]);
  const groups = useMemo(() => groupBlocks(blocks, starts, limit), [blocks, starts, limit]);
  return (
    <>
      {groups.map((group) => (
        <BlockGroup key={group.starts[0]} group={group} />
      ))}
    </>
  );
}
