import { useState } from 'react';
import { parseBlocks, parseSpans } from './markdown-blocks';

function Inline({ text }: { text: string }) {
  return (
    <>
      {parseSpans(text).map((s, i) => {
        switch (s.kind) {
          case 'code':
            return <code key={i}>{s.text}</code>;
          case 'strong':
            return <strong key={i}>{s.text}</strong>;
          case 'em':
            return <em key={i}>{s.text}</em>;
          case 'link':
            // Opens outside the app (Electron hands https links to the system browser).
            return (
              <a key={i} href={s.href} target="_blank" rel="noreferrer noopener">
                {s.text}
              </a>
            );
          default:
            return <span key={i}>{s.text}</span>;
        }
      })}
    </>
  );
}

function CodeBlock({ lang, code }: { lang: string; code: string }) {
  const [copied, setCopied] = useState(false);
  const copy = () =>
    void navigator.clipboard?.writeText(code).then(
      () => {
        setCopied(true);
        setTimeout(() => setCopied(false), 1500);
      },
      () => setCopied(false),
    );
  return (
    <div className="code-block">
      <div className="code-bar">
        <span className="muted small">{lang || 'code'}</span>
        <button type="button" className="link small" onClick={copy} aria-label={`Copy ${lang || 'code'} block`}>
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      <pre className="code" aria-label={lang ? `${lang} code` : 'code'}>
        <code>{code}</code>
      </pre>
    </div>
  );
}

/** Renders a message's markdown (paragraphs, headings, lists, inline code, emphasis, links, fenced code) without HTML injection. */
export function Markdown({ text }: { text: string }) {
  return (
    <div className="markdown">
      {parseBlocks(text).map((block, i) => {
        switch (block.kind) {
          case 'code':
            return <CodeBlock key={i} lang={block.lang} code={block.code} />;
          case 'heading': {
            const Tag = `h${Math.min(6, block.level + 2)}` as 'h3';
            return (
              <Tag key={i}>
                <Inline text={block.text} />
              </Tag>
            );
          }
          case 'list': {
            const items = block.items.map((item, j) => (
              <li key={j}>
                <Inline text={item} />
              </li>
            ));
            return block.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
          }
          default:
            return (
              <p key={i}>
                <Inline text={block.text} />
              </p>
            );
        }
      })}
    </div>
  );
}
