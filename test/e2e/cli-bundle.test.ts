import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY_KEY, containsCanary } from '../support/canary';
import { emulatorReply, startEmulator, type Emulator } from '../support/emulator';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ key: CANARY_KEY });
});
afterAll(() => emulator.close());

// Asynchronous: the emulator answers from this same process.
const run = (args: string[], env: Record<string, string> = {}) =>
  new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, ['dist-cli/switchboard.mjs', ...args], { env: { ...process.env, ...env } }, (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }));
  });

describe('the built command line (the package bin)', () => {
  it('is declared as the package bin and starts with a shebang', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin.switchboard).toBe('dist-cli/switchboard.mjs');
    expect(readFileSync('dist-cli/switchboard.mjs', 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('chats, with the same answers and exit codes as the sources', async () => {
    const r = await run(['chat', '--provider', 'together', '--base-url', emulator.baseUrl, '--model', 'emu-small', '--message', 'bundled', '--json'], { TOGETHER_API_KEY: CANARY_KEY });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).text).toBe(emulatorReply('bundled'));
    expect(containsCanary(r.stdout + r.stderr)).toBe(false);
    const typo = await run(['chat', '--provder', 'together']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/--provider/);
  });
});
