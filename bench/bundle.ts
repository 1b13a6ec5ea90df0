import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResult } from './util';

/** The renderer's initial JavaScript (what index.html loads before any lazy chunk), minified. */
export function benchBundle(): BenchResult {
  const html = readFileSync('dist/renderer/index.html', 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = initial.reduce((sum, file) => sum + readFileSync(join('dist/renderer', file)).byteLength, 0);
  const lazy = readdirSync('dist/renderer/assets').filter((f) => f.endsWith('.js') && !initial.some((i) => i.endsWith(f))).length;
  const kb = bytes / 1024;
  return { name: 'renderer start: initial JavaScript (minified)', value: `${kb.toFixed(0)} KB; markdown, math, highlighting, settings and the network tab in ${lazy} lazy chunks`, budget: '<= 350 KB', pass: kb <= 350, figure: kb, unit: 'KB' };
}
