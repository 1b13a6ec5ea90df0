/** A block of a message. */
export type Block =
  | { kind: 'text'; text: string }
  | { kind: 'code'; lang: string; code: string; closed: boolean }
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] };

/** An inline span. Links are http(s) only; anything else stays text. */
export type Span = { kind: 'text' | 'code' | 'strong' | 'em'; text: string } | { kind: 'link'; text: string; href: string };

const FENCE = /^\s*(```+|~~~+)\s*([\w+#.-]*)\s*$/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;

/** Groups prose lines into paragraphs, headings and lists. Pure. */
function proseBlocks(lines: string[]): Block[] {
  const out: Block[] = [];
  let para: string[] = [];
  let list: { ordered: boolean; items: string[] } | undefined;
  const flush = () => {
    if (para.join('').trim()) out.push({ kind: 'text', text: para.join('\n') });
    para = [];
    if (list) out.push({ kind: 'list', ...list });
    list = undefined;
  };
  for (const line of lines) {
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (heading) {
      flush();
      out.push({ kind: 'heading', level: heading[1]!.length, text: heading[2] ?? '' });
    } else if (bullet || numbered) {
      const ordered = !!numbered;
      if (para.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push((bullet ?? numbered)![1] ?? '');
    } else if (!line.trim()) {
      flush();
    } else if (list && /^\s{2,}\S/.test(line)) {
      list.items[list.items.length - 1] += ` ${line.trim()}`; // a wrapped list item
    } else {
      if (list) flush();
      para.push(line);
    }
  }
  flush();
  return out;
}

/**
 * Splits markdown into blocks. An unclosed fence (mid-stream) is still a code block, so a streaming
 * answer renders as code while it arrives. Pure.
 */
export function parseBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let prose: string[] = [];
  let code: { lang: string; lines: string[]; fence: string } | undefined;
  for (const line of markdown.split('\n')) {
    const fence = FENCE.exec(line);
    if (code) {
      if (fence && fence[1]?.startsWith(code.fence) && !fence[2]) {
        blocks.push({ kind: 'code', lang: code.lang, code: code.lines.join('\n'), closed: true });
        code = undefined;
      } else code.lines.push(line);
    } else if (fence) {
      blocks.push(...proseBlocks(prose));
      prose = [];
      code = { lang: fence[2] ?? '', lines: [], fence: fence[1] ?? '```' };
    } else prose.push(line);
  }
  if (code) blocks.push({ kind: 'code', lang: code.lang, code: code.lines.join('\n'), closed: false });
  blocks.push(...proseBlocks(prose));
  return blocks;
}

const INLINE = /(`[^`\n]+`|\*\*[^*\n]+\*\*|\[[^\]\n]+\]\((https?:\/\/[^)\s]+)\)|(?<![\w*])\*[^*\n]+\*(?![\w*]))/g;

/** Splits prose into plain, `code`, **strong**, *em* and [link](https://...) spans. Pure. */
export function parseSpans(text: string): Span[] {
  const spans: Span[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index ?? 0;
    if (index > last) spans.push({ kind: 'text', text: text.slice(last, index) });
    const token = match[0];
    if (token.startsWith('`')) spans.push({ kind: 'code', text: token.slice(1, -1) });
    else if (token.startsWith('**')) spans.push({ kind: 'strong', text: token.slice(2, -2) });
    else if (token.startsWith('[')) spans.push({ kind: 'link', text: token.slice(1, token.indexOf('](')), href: match[2] ?? '' });
    else spans.push({ kind: 'em', text: token.slice(1, -1) });
    last = index + token.length;
  }
  if (last < text.length) spans.push({ kind: 'text', text: text.slice(last) });
  return spans;
}
