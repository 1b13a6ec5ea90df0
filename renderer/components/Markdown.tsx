import { parseBlocks, parseSpans } from './markdown';

/** Renders a message's markdown (prose, inline code, bold, fenced code) without HTML injection. */
export function Markdown({ text }: { text: string }) {
  return (
    <div className="markdown">
      {parseBlocks(text).map((block, i) =>
        block.kind === 'code' ? (
          <pre key={i} className="code" aria-label={block.lang ? `${block.lang} code` : 'code'}>
            <code>{block.code}</code>
          </pre>
        ) : (
          <p key={i}>
            {parseSpans(block.text).map((s, j) => (s.kind === 'code' ? <code key={j}>{s.text}</code> : s.kind === 'strong' ? <strong key={j}>{s.text}</strong> : <span key={j}>{s.text}</span>))}
          </p>
        ),
      )}
    </div>
  );
}
