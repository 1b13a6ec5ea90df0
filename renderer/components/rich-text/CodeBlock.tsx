import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { highlight, languageOf } from './highlight';

/**
 * A fenced code block: its language, a Copy button, and the code highlighted once the language's
 * highlighter has loaded (plain until then, same size, so nothing jumps). Highlighting waits for
 * the block to stop changing, so a streaming block is not highlighted on every token.
 */
export function CodeBlock({ info, code }: { info: string; code: string }) {
  const { t } = useTranslation();
  const language = languageOf(info);
  const label = info.trim().split(/\s/)[0] || t('markdown.code');
  const [html, setHtml] = useState<{ code: string; html: string }>();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!language) return;
    let live = true;
    const timer = setTimeout(() => void highlight(code, language).then((h) => live && setHtml({ code, html: h }), () => undefined), 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [code, language]);
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
        <span className="muted small">{label}</span>
        <button type="button" className="small" onClick={copy} aria-label={t('markdown.copyBlock', { lang: label })}>
          {copied ? t('common.copied') : t('common.copy')}
        </button>
      </div>
      <pre className="code" aria-label={t('markdown.codeLabel', { lang: label })} tabIndex={0}>
        {/* highlight.js's output: its escaped spans only (see highlight.ts), never the model's HTML. */}
        {html?.code === code ? <code className="hljs" dangerouslySetInnerHTML={{ __html: html.html }} /> : <code>{code}</code>}
      </pre>
    </div>
  );
}
