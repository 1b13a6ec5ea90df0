import { Lexer } from 'marked';

/** A message split into its top-level markdown blocks, with where each starts in the text. */
export interface SplitState {
  text: string;
  blocks: string[];
  starts: number[];
}

const EMPTY: SplitState = { text: '', blocks: [], starts: [] };

// Top-level blocks of a piece of markdown, by marked's lexer (fast, and only block boundaries are
// taken from it; each block is rendered by react-markdown). `$$` math spanning blank lines is
// joined back into one block.
function lex(text: string, offset: number): { blocks: string[]; starts: number[] } {
  const blocks: string[] = [];
  const starts: number[] = [];
  let at = offset;
  let openMath = false;
  for (const token of new Lexer({ gfm: true }).blockTokens(text, [])) {
    const raw = token.raw;
    if (token.type !== 'space' || openMath) {
      if (openMath) blocks[blocks.length - 1] += raw;
      else {
        blocks.push(raw);
        starts.push(at);
      }
      const fences = raw.match(/^\s*\$\$\s*$/gm)?.length ?? 0;
      if (fences % 2 === 1) openMath = !openMath;
    }
    at += raw.length;
  }
  return { blocks, starts };
}

/**
 * Splits markdown into blocks. While an answer streams the text only grows, so with the previous
 * split only the last block and what follows it are lexed again: the work per update stays flat
 * however long the answer gets, and finished blocks keep their identity (and their rendering). Pure.
 */
export function splitBlocks(text: string, prev: SplitState = EMPTY): SplitState {
  if (prev.blocks.length && text.startsWith(prev.text)) {
    const from = prev.starts[prev.starts.length - 1]!;
    const tail = lex(text.slice(from), from);
    return { text, blocks: [...prev.blocks.slice(0, -1), ...tail.blocks], starts: [...prev.starts.slice(0, -1), ...tail.starts] };
  }
  return { text, ...lex(text, 0) };
}

// One line of text that starts with a letter (so no list, heading, quote, fence, HTML or table)
// and has none of the characters that open inline markdown (emphasis, strikethrough, code, links
// and images, autolinks and HTML, escapes, character references, math, e-mail links).
const PLAIN_LINE = /^\p{L}[^\n\r*_~`[\]<>\\&$@]*$/u;
// What else GFM turns into a link: `www.` and `http://` literals.
const LINK_LITERAL = /www\.|:\/\//i;

/**
 * The text of a block that is one paragraph of plain text, which renders as that text in a `<p>`
 * just as the markdown parser would render it; undefined for any other block. Pure.
 */
export function plainParagraph(raw: string): string | undefined {
  // Markdown drops a paragraph's trailing spaces and tabs (other whitespace is text).
  const text = raw.replace(/[ \t]*\n*$/, '');
  return PLAIN_LINE.test(text) && !LINK_LITERAL.test(text) ? text : undefined;
}
