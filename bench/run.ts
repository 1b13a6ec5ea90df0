/**
 * `npm run bench [-- --quick]`: the performance budgets of DESIGN.md and the performance issue,
 * measured in one run. Prints a table, writes bench/results.json (figure, unit, budget, pass,
 * machine), and exits 1 when a budget is missed. `--quick` runs every bench at small sizes to prove
 * they still work (CI runs it; its figures are not judged).
 */
import { writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { benchParse } from './parse';
import { benchTtft } from './ttft';
import { benchWireLog } from './wirelog';
import { benchUi } from './ui';
import { benchCommitLag, benchHistory } from './history';
import { benchCliStart } from './cli-start';
import { benchMarkdown } from './markdown';
import { benchPreview } from './preview';
import { benchBundle } from './bundle';
import type { BenchOptions, BenchResult } from './util';
import { createI18n } from '../renderer/i18n/i18n';

const options: BenchOptions = { quick: process.argv.includes('--quick') };
createI18n(); // the renderer components the markdown bench renders read their text from it

const results: BenchResult[] = [];
const run = async (name: string, bench: () => Promise<BenchResult | BenchResult[]> | BenchResult | BenchResult[]) => {
  process.stderr.write(`… ${name}\n`);
  const r = await bench();
  results.push(...(Array.isArray(r) ? r : [r]));
};
await run('first token', () => benchTtft());
await run('stream parsing', () => benchParse(options));
await run('wire log', () => benchWireLog());
await run('markdown while streaming', () => benchMarkdown(options));
await run('renderer bundle', () => benchBundle());
await run('chat view in Chromium', () => benchUi(options));
await run('preview start and memory', () => benchPreview(options));
await run('history', () => benchHistory(options));
await run('history commit lag', () => benchCommitLag());
await run('command line start', () => benchCliStart(options));

const width = Math.max(...results.map((r) => r.name.length));
for (const r of results) console.log(`${options.quick ? 'ran ' : r.pass ? 'PASS' : 'FAIL'}  ${r.name.padEnd(width)}  ${r.value}  (budget ${r.budget})`);
const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGb: Math.round(totalmem() / 1024 ** 3), os: `${platform()} ${release()}`, node: process.version };
// Quick runs (CI) leave the committed full results alone.
const file = options.quick ? 'bench/results.quick.json' : 'bench/results.json';
writeFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), quick: options.quick, machine, results }, null, 2)}\n`);
console.log(`\n${file} written (${machine.cpu}, ${machine.cores} cores, ${machine.os}, Node ${machine.node})${options.quick ? '; quick mode: figures not judged' : ''}.`);
process.exitCode = options.quick || results.every((r) => r.pass) ? 0 : 1;
