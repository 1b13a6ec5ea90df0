import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

/** A CLI run in its own process (as a user runs it), with its output collected. */
export interface CliProcess {
  child: ChildProcess;
  out(): string;
  err(): string;
  exited: Promise<number>;
}

/** Starts `switchboard <argv>` as a separate Node process. */
export function spawnCli(argv: string[], env: Record<string, string> = {}): CliProcess {
  let out = '';
  let err = '';
  const child = spawn(process.execPath, ['--import', 'tsx', resolve('electron/cli.ts'), ...argv], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return { child, out: () => out, err: () => err, exited: new Promise((r) => child.on('exit', (code, signal) => r(code ?? (signal ? 128 : 0)))) };
}
