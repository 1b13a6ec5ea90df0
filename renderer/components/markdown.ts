/** A block of a message: prose or a fenced code block. */
export type Block = { kind: 'text'; text: string } | { kind: 'code'; lang: string; code: string; closed: boolean };

/** An inline span: plain text, `code`, or **strong**. */
export type Span = { kind: 'text' | 'code' | 'strong'; text: string };

/**
 * Splits markdown into prose and fenced code blocks. An unclosed fence (mid-stream) is still a code
 * block, so a streaming answer renders as code while it arrives. Pure.
 */
export function parseBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const lines = markdown.split('\n');
  let text: string[] = [];
  let code: { lang: string; lines: string[]; fence: string } | undefined;
  const flushText = () => {
    if (text.length && text.join('\n').trim()) blocks.push({ kind: 'text', text: text.join('\n') });
    text = [];
  };
  for (const line of lines) {
    const fence = /^\s*(```+|~~~+)\s*([\w+#.-]*)\s*$/.exec(line);
    if (code) {
      if (fence && fence[1]?.startsWith(code.fence) && !fence[2]) {
        blocks.push({ kind: 'code', lang: code.lang, code: code.lines.join('\n'), closed: true });
        code = undefined;
      } else code.lines.push(line);
    } else if (fence) {
      flushText();
      code = { lang: fence[2] ?? '', lines: [], fence: fence[1] ?? '```' };
    } else text.push(line);
  }
  if (code) blocks.push({ kind: 'code', lang: code.lang, code: code.lines.join('\n'), closed: false });
  flushText();
  return blocks;
}

/** Splits prose into plain, `code` and **strong** spans. Pure. */
export function parseSpans(text: string): Span[] {
  const spans: Span[] = [];
  const pattern = /(`[^`\n]+`|\*\*[^*\n]+\*\*)/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index ?? 0;
    if (index > last) spans.push({ kind: 'text', text: text.slice(last, index) });
    const token = match[0];
    spans.push(token.startsWith('`') ? { kind: 'code', text: token.slice(1, -1) } : { kind: 'strong', text: token.slice(2, -2) });
    last = index + token.length;
  }
  if (last < text.length) spans.push({ kind: 'text', text: text.slice(last) });
  return spans;
}
