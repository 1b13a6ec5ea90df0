import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY_KEY, containsCanary } from '../../../support/canary';
import { cli } from '../../../support/cli';
import { startEmulator, type Emulator, type Misbehaviour } from '../../../support/emulator';
import { useTempDir } from '../../../support/temp-dir';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ key: CANARY_KEY, chunkDelayMs: 5 });
});
afterAll(() => emulator.close());
const env = { TOGETHER_API_KEY: CANARY_KEY };
const chat = (extra: string[] = []) => ['chat', '--provider', 'together', '--base-url', emulator.baseUrl, '--model', 'emu-small', '--message', 'hi', ...extra];

async function run(mode: Misbehaviour, args: string[], signal?: AbortSignal) {
  emulator.misbehave(mode);
  try {
    return await cli(args, env, '', signal);
  } finally {
    emulator.misbehave('none');
  }
}

describe('the command line when things go wrong', () => {
  const dir = useTempDir('sb-cli-faults-');
  it('exits 1 with the text so far and finishReason "incomplete" for a cut-off answer, and 1 for an empty one', async () => {
    const cut = await run('truncated', chat(['--json']));
    expect(cut.code).toBe(1);
    expect(JSON.parse(cut.out)).toMatchObject({ finishReason: 'incomplete', text: 'Hello from', error: { message: expect.stringMatching(/cut off/) } });
    const empty = await run('empty-stream', chat(['--json']));
    expect(empty.code).toBe(1);
    expect(JSON.parse(empty.out).error.message).toMatch(/empty stream/);
  });
  it('says "timed out", which limit and after how long, with exit 1 (not the usage code)', async () => {
    const r = await run('stall-before-headers', chat(['--timeout', '0.2']));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Timed out: no answer within 200 ms \(the first-byte limit\)/);
    const idle = await run('stall', chat(['--timeout', '0.2', '--json']));
    expect(JSON.parse(idle.out)).toMatchObject({ finishReason: 'incomplete', error: { message: expect.stringMatching(/went quiet for 200 ms/) } });
  });
  it('prints what arrived, with "aborted": true, when stopped with Ctrl-C', async () => {
    const ctrlC = new AbortController();
    setTimeout(() => ctrlC.abort(), 150);
    const r = await run('stall', chat(['--json']), ctrlC.signal);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ aborted: true, text: 'Hello from', finishReason: 'aborted' });
  });
  it('writes --har for chat, models and doctor, redacted, also when the request failed', async () => {
    for (const [i, args] of [chat(), ['models', '--provider', 'together', '--base-url', emulator.baseUrl], ['doctor', '--provider', 'together', '--base-url', emulator.baseUrl, '--model', 'emu-small'], chat(['--base-url', 'http://127.0.0.1:9/v1'])].entries()) {
      const file = join(dir(), `${i}.har`);
      await cli([...args, '--har', file], env);
      const har = readFileSync(file, 'utf8');
      expect(JSON.parse(har).log.entries.length, args.join(' ')).toBeGreaterThan(0);
      expect(containsCanary(har)).toBe(false);
    }
  });
});

describe('the canary key never leaves the request that carries it', () => {
  const dir = useTempDir('sb-cli-leaks-');
  it.each<Misbehaviour>(['echo-key', 'echo-key-in-header', 'echo-key-in-answer', 'echo-key-in-location'])('when the host echoes it (%s): not in output, JSON, HAR or the history', async (mode) => {
    const har = join(dir(), 'out.har');
    const data = join(dir(), 'data');
    const plain = await run(mode, chat(['--data-dir', data]));
    const json = await run(mode, chat(['--json', '--har', har, '--data-dir', data]));
    const doctor = await run(mode, ['doctor', '--provider', 'together', '--base-url', emulator.baseUrl, '--model', 'emu-small', '--json']);
    const shown = await cli(['history', 'export', '--all', '--format', 'json', '--data-dir', data]);
    for (const text of [plain.out, plain.err, json.out, json.err, doctor.out, doctor.err, readFileSync(har, 'utf8'), shown.out]) expect(containsCanary(text)).toBe(false);
    // Encoded forms too.
    const encoded = [Buffer.from(CANARY_KEY).toString('base64').slice(4, 40), encodeURIComponent(CANARY_KEY)];
    for (const text of [json.out, readFileSync(har, 'utf8')]) for (const form of encoded) expect(text).not.toContain(form);
  });
});
