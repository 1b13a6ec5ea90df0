import { lazy, Suspense } from 'react';

// The markdown libraries (react-markdown, remark-gfm, marked's lexer) are a chunk of their own,
// loaded with the first message shown; math and each highlighted language load later still.
const RichMarkdown = lazy(() => import('./rich-text/RichMarkdown'));

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
