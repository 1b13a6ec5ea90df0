// Rewrites the line numbers in the README's security table to where each quoted snippet now is.
// Run after moving code: `node scripts/readme-lines.mjs`. The unit test checks the result.
import { readFileSync, writeFileSync } from 'node:fs';

const ROW = /^(\| \d+ \| [^|]+ \| [^|]+ \| )([\w./-]+):(\d+)( \(([^)]+)\) \|)$/;
const readme = readFileSync('README.md', 'utf8').split('\n');
let changed = 0;
const out = readme.map((line) => {
  const m = ROW.exec(line);
  if (!m) return line;
  const [, head, file, old, tail, snippet] = m;
  const index = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(snippet));
  if (index < 0) throw new Error(`${file} no longer contains "${snippet}"`);
  if (String(index + 1) !== old) changed++;
  return `${head}${file}:${index + 1}${tail}`;
});
writeFileSync('README.md', out.join('\n'));
console.log(`${changed} line reference(s) updated`);
