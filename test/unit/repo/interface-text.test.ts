import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Attributes people read or hear: their text must come from the catalogs.
const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description']);
const LETTERS = /\p{L}/u;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsxFiles(path) : path.endsWith('.tsx') ? [path] : [];
  });
}

/** Text in JSX that does not go through the catalogs: words between tags, or in spoken attributes. */
function literalTexts(file: string, text = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && LETTERS.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && SPOKEN_ATTRIBUTES.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer)) {
      const text = node.initializer.text;
      // Examples of a format (a URL, a header line) read the same in every language.
      const example = node.name.getText() === 'placeholder' && text.includes('://');
      if (LETTERS.test(text) && !example) found.push(`${node.name.getText()}="${text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.map((text) => `${file}: ${text}`);
}

describe('the interface text', () => {
  it('comes from the catalogs (English and Simplified Chinese), never written into a component', () => {
    expect(tsxFiles('renderer').flatMap((file) => literalTexts(file))).toEqual([]);
  });

  it('catches words between tags and in spoken attributes, and lets format examples and symbols pass', () => {
    const probe = 'const a = <p aria-label="Hello" placeholder="https://host/v1">World {t(\'x\')} › · ×</p>;';
    expect(literalTexts('probe.tsx', probe)).toEqual(['probe.tsx: aria-label="Hello"', 'probe.tsx: World']);
  });
});
