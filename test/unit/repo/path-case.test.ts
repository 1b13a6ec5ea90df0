import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Groups of paths that differ only in letter case (they collide on macOS and Windows). Pure. */
export function caseCollisions(paths: readonly string[]): string[][] {
  const byLower = new Map<string, string[]>();
  const add = (path: string) => {
    const key = path.toLowerCase();
    const group = byLower.get(key) ?? [];
    if (!group.includes(path)) group.push(path);
    byLower.set(key, group);
  };
  for (const path of paths) {
    // Directories collide too: `Foo/a.ts` and `foo/b.ts` land in one folder on a case-insensitive disk.
    const parts = path.split('/');
    for (let i = 1; i <= parts.length; i++) add(parts.slice(0, i).join('/'));
  }
  return [...byLower.values()].filter((g) => g.length > 1);
}

describe('paths in the repository', () => {
  it('finds collisions in files and folders', () => {
    expect(caseCollisions(['a/Markdown.tsx', 'a/markdown.ts'])).toEqual([]);
    expect(caseCollisions(['a/Markdown.ts', 'a/markdown.ts'])).toEqual([['a/Markdown.ts', 'a/markdown.ts']]);
    expect(caseCollisions(['Docs/a.md', 'docs/b.md'])).toEqual([['Docs', 'docs']]);
  });
  it('has no two paths that differ only in case', () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(caseCollisions(files)).toEqual([]);
  });
  it('has no two module names that differ only in case once the extension is dropped', () => {
    // `Markdown.tsx` beside `markdown.ts`: an import of './markdown' resolves to either on macOS and Windows.
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' }).split('\n').filter((f) => /\.(ts|tsx|js|mjs|cjs)$/.test(f));
    expect(caseCollisions(files.map((f) => f.replace(/\.(ts|tsx|js|mjs|cjs)$/, '')))).toEqual([]);
  });
});
