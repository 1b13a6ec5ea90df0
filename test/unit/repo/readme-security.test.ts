import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Rows look like: | 3 | Context isolation | on | electron/adapters/windows.ts:20 (contextIsolation: true) |
const ROW = /^\| (\d+) \| [^|]+ \| [^|]+ \| ([\w./-]+)(?::(\d+))? \(([^)]+)\) \|$/;

describe('the README security checklist', () => {
  const rows = readFileSync('README.md', 'utf8').split('\n').flatMap((line) => {
    const m = ROW.exec(line);
    return m ? [{ item: Number(m[1]), file: m[2]!, line: m[3] ? Number(m[3]) : undefined, says: m[4]! }] : [];
  });
  it('covers all twenty items', () => {
    expect(rows.map((r) => r.item)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
  it('points at places that say what the table says', () => {
    for (const row of rows) {
      const lines = readFileSync(row.file, 'utf8').split('\n');
      const text = row.line ? (lines[row.line - 1] ?? '') : lines.join('\n');
      expect(text, `item ${row.item}: ${row.file}:${row.line}`).toContain(row.says);
    }
  });
});
