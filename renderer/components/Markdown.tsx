import { lazy, Suspense } from 'react';

// The markdown libraries (react-markdown, remark-gfm, marked's lexer) are a chunk of their own,
// fetched as the window starts (preloadMarkdown) and needed from the first message shown; math and
// each highlighted language load later, when first used.
const loadRichMarkdown = () => import('./rich-text/RichMarkdown');
const RichMarkdown = lazy(loadRichMarkdown);

/**
 * Starts fetching the markdown chunk ahead of the first message (main.tsx calls it as the window
 * starts), so the message is not held a further fetch behind its conversation. A failure here is
 * left to the first message's own load, which shows it.
 */
export function preloadMarkdown(): void {
  loadRichMarkdown().catch(() => undefined);
}

/**
 * A message's markdown, rendered with kept libraries (react-markdown, remark-gfm, remark-math +
 * KaTeX, highlight.js). While it streams, the text is split into blocks incrementally and only the
 * last block renders again. Until the libraries have loaded, the text shows as it is, wrapped.
 */
export function Markdown({ text }: { text: string }) {
  return (
    <div className="markdown">
      <Suspense fallback={<p className="plain-block">{text}</p>}>
        <RichMarkdown text={text} />
      </Suspense>
    </div>
  );
}
