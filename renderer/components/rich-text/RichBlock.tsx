import { memo, useEffect, useState, type ReactNode } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import { useTranslation } from 'react-i18next';
import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';
import { CodeBlock } from './CodeBlock';
import { plainParagraph } from './split-blocks';

// Math (remark-math + KaTeX) is the heaviest part: loaded the first time a block has a `$`.
type MathPlugins = { remark: PluggableList; rehype: PluggableList };
let math: Promise<MathPlugins> | undefined;
let mathLoaded: MathPlugins | undefined;
function loadMath(): Promise<MathPlugins> {
  math ??= Promise.all([import('remark-math'), import('rehype-katex')]).then(([remarkMath, rehypeKatex]) => {
    // MathML output: no inline styles (refused by the CSP) and no fonts; Chromium renders MathML.
    mathLoaded = { remark: [[remarkMath.default, { singleDollarTextMath: true }]], rehype: [[rehypeKatex.default, { output: 'mathml', throwOnError: false }]] };
    return mathLoaded;
  });
  return math;
}

function textOf(children: ReactNode): string {
  if (typeof children === 'string') return children;
  if (Array.isArray(children)) return children.map(textOf).join('');
  return '';
}

const SAFE_LINK = /^(https?:|mailto:)/i;

function ImageLink({ src, alt }: { src: string | undefined; alt: string }) {
  const { t } = useTranslation();
  const text = t('markdown.image', { alt: alt || src || '' });
  return src && SAFE_LINK.test(src) ? (
    <a href={src} target="_blank" rel="noreferrer noopener">
      {text}
    </a>
  ) : (
    <span>{text}</span>
  );
}

function TableWrap({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={t('markdown.table')}>
      <table>{children}</table>
    </div>
  );
}

function TaskBox({ checked }: { checked: boolean }) {
  const { t } = useTranslation();
  return <input type="checkbox" checked={checked} disabled aria-label={checked ? t('markdown.done') : t('markdown.notDone')} readOnly />;
}

const COMPONENTS: Components = {
  // Fenced code gets the code block (language, Copy, highlighting); inline code stays inline.
  pre: ({ children }) => <>{children}</>,
  code: ({ className, children, node }) => {
    const block = node?.position && node.position.start.line !== node.position.end.line;
    const info = /language-(\S+)/.exec(className ?? '')?.[1];
    if (!block && !info) return <code>{children}</code>;
    return <CodeBlock info={info ?? ''} code={textOf(children).replace(/\n$/, '')} />;
  },
  // Links open outside the app (the desktop shell hands https to the system browser); anything
  // but http(s) and mailto is shown as text.
  a: ({ href, children }) =>
    href && SAFE_LINK.test(href) ? (
      <a href={href} target="_blank" rel="noreferrer noopener">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  // Remote images would be fetched from wherever the model points (a tracking pixel): shown as a link.
  img: ({ src, alt }) => <ImageLink src={typeof src === 'string' ? src : undefined} alt={alt ?? ''} />,
  table: ({ children }) => <TableWrap>{children}</TableWrap>,
  input: ({ checked, type }) => (type === 'checkbox' ? <TaskBox checked={!!checked} /> : null),
};

/**
 * One top-level markdown block with GFM (tables, task lists, strikethrough, autolinks) and math.
 * Raw HTML in the text is shown as text, never executed (react-markdown's default). Memoized on
 * the block's text: a finished block never renders again while the answer streams on.
 */
export const RichBlock = memo(function RichBlock({ raw }: { raw: string }) {
  const wantsMath = raw.includes('$');
  const [plugins, setPlugins] = useState(wantsMath ? mathLoaded : undefined);
  useEffect(() => {
    if (wantsMath && !plugins) void loadMath().then(setPlugins);
  }, [wantsMath, plugins]);
  // A paragraph of plain text needs no parser: parsing with GFM costs about 1 ms per kilobyte (a
  // 5,000-word question held the main thread ~60 ms in the task that shows it, and a streamed
  // answer's last paragraph is parsed again on every update), and gives the same `<p>`.
  const plain = plainParagraph(raw);
  if (plain !== undefined) return <p>{plain}</p>;
  return (
    <ReactMarkdown remarkPlugins={[remarkGfm, ...(plugins?.remark ?? [])]} rehypePlugins={plugins?.rehype ?? []} components={COMPONENTS}>
      {raw}
    </ReactMarkdown>
  );
});


