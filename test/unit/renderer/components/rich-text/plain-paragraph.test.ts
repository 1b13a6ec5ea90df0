import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { plainParagraph } from '../../../../../renderer/components/rich-text/split-blocks';

const parsed = (raw: string) => renderToStaticMarkup(createElement(ReactMarkdown, { remarkPlugins: [remarkGfm] }, raw));
const shortcut = (text: string) => renderToStaticMarkup(createElement('p', null, text));

describe('plain paragraphs', () => {
  it('renders exactly as the markdown parser does', () => {
    const samples = ['Hello from the emulator. You said: w0 w1 w2', 'Plain words, with punctuation: (yes)! "quoted" ‘curly’ - dashes + plus = 100% #1 | pipe ^ caret? {braces}.\n', 'Tabs\tand  double  spaces   end  \n', 'Ünïcödé, 漢字 and emoji 🙂 ok\u00a0', 'a.b:c/d e-f'];
    // And random lines over the characters a plain paragraph may hold.
    const alphabet = 'ab Z9.,;:!?()-+=#|^%{}"\'/\t';
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 300; n++) samples.push('x' + Array.from({ length: 1 + (next() % 40) }, () => alphabet[next() % alphabet.length]).join(''));
    for (const raw of samples) {
      const text = plainParagraph(raw);
      expect(text, raw).toBeDefined();
      expect(shortcut(text!), raw).toBe(parsed(raw));
    }
  });

  it('leaves anything with markdown to the parser', () => {
    for (const raw of ['**bold** text', 'snake_case', 'a ~~b~~', 'use `code`', 'a [link](x)', 'a <b>tag</b>', 'a \\* escape', 'AT&amp;T', 'x $y$', 'mail me@example.org', 'see www.example.org', 'go to https://example.org', 'two\nlines', '- item', '1. first', '# Title', '> quote', '    indented', '']) {
      expect(plainParagraph(raw), raw).toBeUndefined();
    }
  });
});
