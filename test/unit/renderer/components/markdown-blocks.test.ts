import { describe, expect, it } from 'vitest';
import { parseBlocks, parseSpans } from '../../../../renderer/components/markdown-blocks';

describe('markdown', () => {
  it('splits prose and fenced code, also an unclosed fence while streaming', () => {
    expect(parseBlocks('Hi\n```ts\nconst a = 1;\n```\nBye')).toEqual([
      { kind: 'text', text: 'Hi' },
      { kind: 'code', lang: 'ts', code: 'const a = 1;', closed: true },
      { kind: 'text', text: 'Bye' },
    ]);
    expect(parseBlocks('```py\nprint(1)')).toEqual([{ kind: 'code', lang: 'py', code: 'print(1)', closed: false }]);
  });
  it('finds headings and lists', () => {
    expect(parseBlocks('# Title\nSome text\n\n- one\n- two\n  wrapped\n1. first\n2. second\nafter')).toEqual([
      { kind: 'heading', level: 1, text: 'Title' },
      { kind: 'text', text: 'Some text' },
      { kind: 'list', ordered: false, items: ['one', 'two wrapped'] },
      { kind: 'list', ordered: true, items: ['first', 'second'] },
      { kind: 'text', text: 'after' },
    ]);
  });
  it('finds links (http and https only) and emphasis, but not snake_case or a * b', () => {
    expect(parseSpans('see [docs](https://x.dev/a) and [bad](javascript:alert(1)) *now* a * b snake_case')).toEqual([
      { kind: 'text', text: 'see ' },
      { kind: 'link', text: 'docs', href: 'https://x.dev/a' },
      { kind: 'text', text: ' and [bad](javascript:alert(1)) ' },
      { kind: 'em', text: 'now' },
      { kind: 'text', text: ' a * b snake_case' },
    ]);
  });
  it('finds inline code and bold', () => {
    expect(parseSpans('use `npm` **now** ok')).toEqual([
      { kind: 'text', text: 'use ' },
      { kind: 'code', text: 'npm' },
      { kind: 'text', text: ' ' },
      { kind: 'strong', text: 'now' },
      { kind: 'text', text: ' ok' },
    ]);
  });
});
