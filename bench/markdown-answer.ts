/** An answer of about `tokens` tokens: prose, a table, and ten code blocks spread through it. */
export function markdownAnswer(tokens: number): string {
  const parts: string[] = ['# Report', '', '| region | q1 | q2 |', '|---|---|---|', '| north | 12 | 14 |', '| south | 9 | 11 |', ''];
  let count = 30;
  let block = 0;
  while (count < tokens) {
    if (block < 10 && count > (block + 1) * (tokens / 12)) {
      parts.push('```ts', ...Array.from({ length: 12 }, (_, i) => `const value${block}_${i} = compute(${i}, "${block}");`), '```', '');
      count += 12 * 8;
      block++;
    }
    parts.push(`Paragraph ${count}: the **quick** brown fox jumps over the lazy dog, with \`inline code\` and a [link](https://example.com) now and then.`, '');
    count += 24;
  }
  return parts.join('\n');
}
