import { readFileSync } from 'node:fs';
import { causeInfo } from '../../core/diagnose/causes';
import { readHar } from '../../core/net/har-read';
import { compareExchanges, matchingEntry, type Comparison } from '../../shared/compare';
import type { Exchange } from '../../shared/exchange';
import type { CliArgs } from '../args';
import type { CliIo } from '../context';
import { jsonText } from '../output';
import { UsageError } from '../usage';

function load(file: string | undefined): Exchange[] {
  if (!file) throw new UsageError('compare needs two HAR files: compare A.har B.har', 'compare');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${(error as Error).message}`, 'compare');
  }
  const entries = readHar(text);
  if (!entries.length) throw new UsageError(`${file} has no entries.`, 'compare');
  return entries;
}

const failed = (e: Exchange) => !e.response || e.response.status >= 400;

// The pair to compare: the Nth of each, or entries with the same method and path, preferring a pair
// where one side failed and the other did not (the "works here, 401 there" case).
function pick(a: Exchange[], b: Exchange[], entry: number | undefined): [Exchange, Exchange] {
  if (entry !== undefined) {
    const pair = [a[entry - 1], b[entry - 1]];
    if (!pair[0] || !pair[1]) throw new UsageError(`--entry ${entry}: the files have ${a.length} and ${b.length} entries.`, 'compare');
    return pair as [Exchange, Exchange];
  }
  const pairs = a.flatMap((x) => {
    const y = matchingEntry(b, x);
    return y ? [[x, y] as [Exchange, Exchange]] : [];
  });
  const chosen = pairs.find(([x, y]) => failed(x) !== failed(y)) ?? pairs[0];
  if (!chosen) throw new UsageError('No entries of the two files share a method and path; pick one of each with --entry N.', 'compare');
  return chosen;
}

function text(comparison: Comparison, a: Exchange, b: Exchange, files: [string, string]): string {
  const lines = [`A: ${files[0]}  ${a.method} ${a.url} -> ${a.response?.status ?? a.error ?? a.state}`, `B: ${files[1]}  ${b.method} ${b.url} -> ${b.response?.status ?? b.error ?? b.state}`, ''];
  let section = '';
  for (const d of comparison.differences) {
    if (d.section !== section) lines.push(`${(section = d.section)}:`);
    lines.push(`  ${d.key}`, `    A: ${d.a ?? '(absent)'}`, `    B: ${d.b ?? '(absent)'}`);
  }
  if (!comparison.differences.length) lines.push('No differences.');
  if (comparison.same.length) lines.push('', `Identical: ${comparison.same.join(', ')}`);
  for (const id of comparison.causes) {
    const c = causeInfo(id);
    lines.push('', `Likely cause: ${c.title} [${id}]`, `  ${c.explanation}`, `  Fix: ${c.fix}`);
  }
  lines.push('', comparison.matters ? 'They differ in what was sent (or in the answer): see above.' : 'They do not differ in anything that matters for the request.');
  return `${lines.join('\n')}\n`;
}

/** `compare A.har B.har [--entry N] [--json]`: what differs between the same request on two machines, and why it matters. */
export function compareCommand(args: CliArgs, io: CliIo): number {
  const [fileA, fileB] = args.rest;
  const a = load(fileA);
  const b = load(fileB);
  const [x, y] = pick(a, b, args.entry);
  const comparison = compareExchanges(x, y);
  if (args.json) io.out(jsonText({ a: { file: fileA, method: x.method, url: x.url, status: x.response?.status ?? null }, b: { file: fileB, method: y.method, url: y.url, status: y.response?.status ?? null }, ...comparison }));
  else io.out(text(comparison, x, y, [fileA!, fileB!]));
  return comparison.matters ? 1 : 0;
}
