import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { median, type BenchOptions, type BenchResult } from './util';

const RUNS = 9;

function timeRun(args: string[]): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * The budget "CLI start <= 2.5x `node -e 0`": the built bundle (dist-cli, the package's bin)
 * printing its help and its provider list, against a bare Node start, medians of alternating runs.
 */
export function benchCliStart(options: BenchOptions): BenchResult[] {
  const runs = options.quick ? 2 : RUNS;
  if (!existsSync('dist-cli/switchboard.mjs')) throw new Error('dist-cli/switchboard.mjs is missing: run `npm run build` first');
  const bare: number[] = [];
  const help: number[] = [];
  const providers: number[] = [];
  for (let i = 0; i < runs; i++) {
    bare.push(timeRun(['-e', '0']));
    help.push(timeRun(['dist-cli/switchboard.mjs', 'help']));
    providers.push(timeRun(['dist-cli/switchboard.mjs', 'providers', '--data-dir', 'bench-no-such-dir']));
  }
  const base = median(bare);
  return [
    { name: 'CLI start (help) vs node -e 0', value: `${median(help).toFixed(0)} ms = ${(median(help) / base).toFixed(2)}x (node -e 0: ${base.toFixed(0)} ms)`, budget: '<= 2.5x', pass: median(help) <= 2.5 * base },
    { name: 'CLI start (providers) vs node -e 0', value: `${median(providers).toFixed(0)} ms = ${(median(providers) / base).toFixed(2)}x`, budget: '<= 2.5x', pass: median(providers) <= 2.5 * base },
  ];
}
