/** `npm run bench`: the performance budgets of DESIGN.md, measured. Exit 1 when one is missed. */
import { benchParse } from './parse';
import { benchTtft } from './ttft';
import { benchWireLog } from './wirelog';
import { benchUi } from './ui';
import { benchCommitLag, benchHistory } from './history';
import type { BenchResult } from './util';
import { benchCliStart } from './cli-start';

const results: BenchResult[] = [];
for (const bench of [benchTtft, benchParse, benchWireLog]) results.push(await bench());
results.push(...(await benchUi()));
results.push(...(await benchHistory()), await benchCommitLag());
results.push(...benchCliStart());
for (const r of results) console.log(`${r.pass ? 'PASS' : 'FAIL'}  ${r.name}: ${r.value}  (budget ${r.budget})`);
process.exitCode = results.every((r) => r.pass) ? 0 : 1;
