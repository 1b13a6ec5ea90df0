import { useMemo, useRef } from 'react';
import { RichBlock } from './RichBlock';
import { splitBlocks, type SplitState } from './split-blocks';

/** The rendered markdown of one message, block by block (see Markdown.tsx). */
export default function RichMarkdown({ text }: { text: string }) {
  const previous = useRef<SplitState | undefined>(undefined);
  const { blocks, starts } = useMemo(() => (previous.current = splitBlocks(text, previous.current)), [text]);
  return (
    <>
      {blocks.map((raw, i) => (
        <RichBlock key={starts[i]} raw={raw} />
      ))}
    </>
  );
}
