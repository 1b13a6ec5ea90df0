import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCli, UsageError } from '../../../../electron/cli/args';
import { cli } from '../../../support/cli';
import { makeTempDir } from '../../../support/temp-dir';
import { CANARY_KEY, containsCanary } from '../../../support/canary';
import { emulatorReply, startEmulator, type Emulator } from '../../../support/emulator';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ key: CANARY_KEY, bareModelList: true });
});
afterAll(() => emulator.close());


describe('cli', () => {
  it('lists providers', async () => {
    const r = await cli(['providers', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).map((p: { id: string }) => p.id)).toContain('together');
  });

  it('chats with --json: the reply and the redacted exchange', async () => {
    const r = await cli(['chat', '--provider', 'together', '--base-url', emulator.baseUrl, '--model', 'emu-small', '--message', 'hi', '--json'], { TOGETHER_API_KEY: CANARY_KEY });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ text: emulatorReply('hi'), finishReason: 'stop', usage: { inputTokens: 12 } });
    expect(json.exchanges[0]).toMatchObject({ method: 'POST', response: { status: 200 }, auth: { header: 'Authorization', present: true, masked: 'tgp_…6789' } });
    expect(json.exchanges[0].request.headers.Authorization).toMatch(/^Bearer tgp_…6789 \(\d+ chars, sha256 [0-9a-f]{8}\)$/);
  });

  it('streams plain text, reads the message from stdin, and takes SWITCHBOARD_API_KEY first', async () => {
    const r = await cli(['chat', '--provider', 'together', '--base-url', emulator.baseUrl, '--model', 'emu-small'], { SWITCHBOARD_API_KEY: CANARY_KEY, TOGETHER_API_KEY: 'wrong-key-000000000000' }, 'from stdin');
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${emulatorReply('from stdin')}\n`);
  });

  it('reads --key-file as-is: quotes go out and are explained (a trailing newline does not: fetch trims it)', async () => {
    const file = join(makeTempDir('sb-cli-'), 'key');
    writeFileSync(file, `"${CANARY_KEY}"\n`);
    const r = await cli(['chat', '--provider', 'together', '--base-url', emulator.baseUrl, '--model', 'emu-small', '--message', 'x', '--key-file', file, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).error).toMatchObject({ status: 401, causes: ['key-quoted'] });
  });

  it('explains a missing key with exit code 1', async () => {
    const r = await cli(['chat', '--provider', 'together', '--base-url', emulator.baseUrl, '--model', 'emu-small', '--message', 'x']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('HTTP 401: Invalid API key provided');
    expect(r.err).toContain('[key-missing]');
  });

  it('lists models from a bare array (Together)', async () => {
    const r = await cli(['models', '--provider', 'together', '--base-url', emulator.baseUrl], { TOGETHER_API_KEY: CANARY_KEY });
    expect(r).toMatchObject({ code: 0, out: 'emu-small\nEmu-Large\n' });
  });

  it('exits 2 on usage errors', async () => {
    expect((await cli(['chat', '--provider', 'together'])).code).toBe(2);
    expect((await cli(['frobnicate'])).code).toBe(2);
    expect((await cli(['models', '--provider', 'nope'])).code).toBe(2);
    expect((await cli(['chat', '--provider', 'custom', '--model', 'm'])).code).toBe(2);
    expect(() => parseCli(['chat', '--provider', 'x', '--model', 'm', '--header', 'nocolon'])).toThrow(UsageError);
  });

  it('never prints the canary key, whatever happens', async () => {
    const runs = await Promise.all([
      cli(['chat', '--provider', 'together', '--base-url', emulator.baseUrl, '--model', 'emu-small', '--message', 'a', '--json'], { TOGETHER_API_KEY: CANARY_KEY }),
      cli(['chat', '--provider', 'together', '--base-url', emulator.baseUrl, '--model', 'Emu-small', '--message', 'a', '--json'], { TOGETHER_API_KEY: CANARY_KEY }),
      cli(['chat', '--provider', 'together', '--base-url', 'http://127.0.0.1:9/v1', '--model', 'm', '--message', 'a', '--json'], { TOGETHER_API_KEY: CANARY_KEY }),
      cli(['chat', '--provider', 'together', '--base-url', emulator.baseUrl, '--model', 'emu-small', '--message', 'a'], { TOGETHER_API_KEY: ` ${CANARY_KEY} ` }),
      cli(['models', '--provider', 'together', '--base-url', emulator.baseUrl, '--json'], { TOGETHER_API_KEY: CANARY_KEY }),
    ]);
    for (const r of runs) {
      expect(containsCanary(r.out)).toBe(false);
      expect(containsCanary(r.err)).toBe(false);
    }
    expect(runs[1]!.code).toBe(1);
    // The host lists emu-small: a model typed as Emu-small is named a case problem, not replaced.
    expect(JSON.parse(runs[1]!.out).error.causes).toEqual(['model-case']);
    expect(JSON.parse(runs[1]!.out).exchanges.map((e: { url: string }) => new URL(e.url).pathname)).toEqual(['/v1/chat/completions', '/v1/models']);
    expect(runs[2]!.code).toBe(1);
    expect(JSON.parse(runs[2]!.out).error.causes).toEqual(['network-unreachable']);
  });
});
