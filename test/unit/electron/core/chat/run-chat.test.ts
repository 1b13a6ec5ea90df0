import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChat } from '../../../../../electron/core/chat/run-chat';
import { randomId, systemClock } from '../../../../../electron/core/clock';
import { RecordingFetch } from '../../../../../electron/core/net/recording-fetch';
import { WireLog } from '../../../../../electron/core/net/wire-log';
import { adapterFor } from '../../../../../electron/core/providers/protocols';
import { resolveTarget } from '../../../../../electron/core/providers/provider-settings';
import { findPreset } from '../../../../../electron/core/providers/registry';
import type { ChatEvent } from '../../../../../electron/core/providers/types';
import { CANARY_KEY, containsCanary } from '../../../../support/canary';
import { emulatorBase, PROTOCOL_SETUPS, emulatorReply, startEmulator, type Emulator, type Misbehaviour } from '../../../../support/emulator';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ key: CANARY_KEY, chunkDelayMs: 1 });
});
afterAll(() => emulator.close());


async function chat(setup: (typeof PROTOCOL_SETUPS)[number], mode: Misbehaviour, extra: { timeouts?: { firstByteMs: number; idleMs: number }; signal?: AbortSignal } = {}) {
  emulator.misbehave(mode);
  const log = new WireLog();
  const target = resolveTarget(findPreset(setup.provider)!, { baseUrl: emulatorBase(emulator.root, setup.base), protocol: setup.protocol }, CANARY_KEY, 'emu-small');
  const events: ChatEvent[] = [];
  const outcome = await runChat({ http: new RecordingFetch((i, init) => fetch(i, init), log, systemClock, randomId), adapter: adapterFor(setup.protocol), target, messages: [{ role: 'user', content: 'hi' }], stream: true, onEvent: (e) => events.push(e), ...extra });
  emulator.misbehave('none');
  return { outcome, events, log };
}

describe.each(PROTOCOL_SETUPS)('a $protocol stream', (setup) => {
  it('completes when the protocol says so', async () => {
    const { outcome } = await chat(setup, 'none');
    expect(outcome.error).toBeUndefined();
    expect(outcome.text).toBe(emulatorReply('hi'));
  });
  it('that ends before its finish is cut off, text kept, never a made-up "stop"', async () => {
    const { outcome } = await chat(setup, 'truncated');
    expect(outcome.finishReason).toBe('incomplete');
    expect(outcome.error?.message).toMatch(/cut off/);
    expect(outcome.text.length).toBeGreaterThan(0);
  });
  it('that is empty is an error, not an empty success', async () => {
    const { outcome } = await chat(setup, 'empty-stream');
    expect(outcome.error?.message).toMatch(/empty stream/);
  });
  it('reset mid-way says it was reset, and keeps what arrived', async () => {
    const { outcome, log } = await chat(setup, 'reset-mid-stream');
    expect(outcome.error?.message).toMatch(/reset/i);
    expect(outcome.finishReason).toBe('incomplete');
    expect(outcome.text.length).toBeGreaterThan(0);
    expect(log.list()[0]!.error).toMatch(/reset/i);
  });
  it('arriving byte by byte, or gzipped, reads the same', async () => {
    expect((await chat(setup, 'drip')).outcome.text).toBe(emulatorReply('hi'));
    expect((await chat(setup, 'gzip')).outcome.text).toBe(emulatorReply('hi'));
  });
  it('never shows the key a host echoes into the answer, even split across chunks', async () => {
    const { outcome, events, log } = await chat(setup, 'echo-key-in-answer');
    expect(outcome.text).toContain(emulatorReply('hi'));
    expect(containsCanary(outcome.text)).toBe(false);
    expect(containsCanary(JSON.stringify(events))).toBe(false);
    expect(containsCanary(JSON.stringify(log.list()))).toBe(false);
  });
});

describe('limits', () => {
  const openai = PROTOCOL_SETUPS[0]!;
  it('says which limit fired when a host says nothing at all', async () => {
    const { outcome } = await chat(openai, 'stall-before-headers', { timeouts: { firstByteMs: 150, idleMs: 5000 } });
    expect(outcome.error?.message).toMatch(/Timed out: no answer within 150 ms \(the first-byte limit\)/);
    expect(outcome.error?.causes).toEqual(['network-unreachable']);
  });
  it('says which limit fired when a stream goes quiet, and keeps the text so far', async () => {
    const { outcome } = await chat(openai, 'stall', { timeouts: { firstByteMs: 5000, idleMs: 150 } });
    expect(outcome.error?.message).toMatch(/went quiet for 150 ms \(the idle limit/);
    expect(outcome.finishReason).toBe('incomplete');
    expect(outcome.text).toBe('Hello from');
  });
  it('lets Stop win over any limit', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const { outcome } = await chat(openai, 'stall', { timeouts: { firstByteMs: 5000, idleMs: 5000 }, signal: controller.signal });
    expect(outcome.finishReason).toBe('aborted');
    expect(outcome.error).toBeUndefined();
  });
  it('reads a 10 MB chunk whole', async () => {
    const { outcome } = await chat(openai, 'huge-chunk');
    expect(outcome.error).toBeUndefined();
    expect(outcome.text.length).toBeGreaterThan(10 * 1024 * 1024);
  });
});
