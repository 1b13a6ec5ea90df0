import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runDoctor } from '../../../../../electron/core/diagnose/doctor';
import { PROBE_LIMIT_MS, probeTimeouts } from '../../../../../electron/core/diagnose/doctor-steps';
import { RecordingFetch } from '../../../../../electron/core/net/recording-fetch';
import { WireLog } from '../../../../../electron/core/net/wire-log';
import { adapterFor } from '../../../../../electron/core/providers/protocols';
import { resolveTarget } from '../../../../../electron/core/providers/provider-settings';
import { findPreset } from '../../../../../electron/core/providers/registry';
import type { ProviderConfig, ProviderRegion } from '../../../../../electron/shared/provider';
import type { KeyStatus } from '../../../../../electron/shared/keys';
import { systemClock, randomId } from '../../../../../electron/core/clock';
import { CAUSE_IDS } from '../../../../../electron/shared/causes';
import { CANARY_KEY, containsCanary } from '../../../../support/canary';
import { emulatorBase, startEmulator, type Emulator, type Misbehaviour } from '../../../../support/emulator';
import { netRequestFetch } from '../../../../../electron/adapters/net-request-fetch';
import { ClientRequest } from '../../../../electron/standin/net';
import { markReady } from '../../../../electron/standin/lifecycle';

let emulator: Emulator;
// The same provider's other region: it issued another key.
let otherRegion: Emulator;
const OTHER_REGION_KEY = 'sk-other-region-0000000000000000';
beforeAll(async () => {
  emulator = await startEmulator({ key: CANARY_KEY });
  otherRegion = await startEmulator({ key: OTHER_REGION_KEY });
});
afterAll(() => Promise.all([emulator.close(), otherRegion.close()]));
const twoRegions = (): ProviderRegion[] => [
  { id: 'cn', name: 'China mainland', baseUrl: emulator.baseUrl },
  { id: 'intl', name: 'International', baseUrl: otherRegion.baseUrl },
];
afterEach(() => emulator.misbehave('none'));

// Stands in for DNS: a made-up remote name that resolves to the emulator on this machine.
const REMOTE = 'insecure.example';
const viaFakeDns = (input: string, init?: RequestInit) => fetch(input.replace(`//${REMOTE}:`, '//127.0.0.1:'), init);

// Electron's net.fetch refuses `redirect: 'manual'` with this error instead of returning the 3xx.
const electronLike = (input: string, init?: RequestInit) =>
  init?.redirect === 'manual' ? fetch(input, init).then((r) => (r.status >= 300 && r.status < 400 ? Promise.reject(new Error('Redirect was cancelled')) : r)) : viaFakeDns(input, init);

async function doctor(opts: { provider?: string; config?: ProviderConfig; key?: string | undefined; model?: string; mode?: Misbehaviour; keyStatus?: Partial<KeyStatus>; fetchLike?: typeof viaFakeDns; regions?: ProviderRegion[] }) {
  emulator.misbehave(opts.mode ?? 'none');
  const preset = findPreset(opts.provider ?? 'together')!;
  const resolved = resolveTarget(preset, { baseUrl: emulator.baseUrl, ...opts.config }, 'key' in opts ? opts.key : CANARY_KEY, opts.model ?? 'emu-small');
  const target = opts.regions ? { ...resolved, regions: opts.regions } : resolved;
  const log = new WireLog();
  const report = await runDoctor({
    http: new RecordingFetch(opts.fetchLike ?? viaFakeDns, log, systemClock, randomId),
    adapter: adapterFor(target.protocol),
    target,
    ...(opts.keyStatus ? { keyStatus: { providerId: 'together', source: 'stored', persisted: true, warnings: [], needsReentry: false, envPresent: false, envDiffers: false, ...opts.keyStatus } } : {}),
  });
  return { report, log };
}

// One emulator scenario per cause id; the doctor must name it and nothing that does not apply.
const scenarios: { cause: string; run: () => ReturnType<typeof doctor>; expected: string[] }[] = [
  { cause: 'key-missing', run: () => doctor({ key: undefined }), expected: ['key-missing'] },
  { cause: 'header-empty', run: () => doctor({ key: 'undefined' }), expected: ['header-empty'] },
  // A leading space survives fetch's header trimming (it lands between "Bearer" and the key).
  { cause: 'key-whitespace', run: () => doctor({ key: ` ${CANARY_KEY}` }), expected: ['key-whitespace'] },
  { cause: 'key-quoted', run: () => doctor({ key: `"${CANARY_KEY}"` }), expected: ['key-quoted'] },
  { cause: 'key-bearer-prefix', run: () => doctor({ key: `Bearer ${CANARY_KEY}` }), expected: ['key-bearer-prefix'] },
  { cause: 'key-invisible-chars', run: () => doctor({ key: `${CANARY_KEY.slice(0, 10)}\u200B${CANARY_KEY.slice(10)}` }), expected: ['key-invisible-chars'] },
  { cause: 'key-wrong-provider', run: () => doctor({ key: 'sk-ant-FAKE-not-a-key' }), expected: ['key-wrong-provider'] },
  { cause: 'auth-scheme-mismatch', run: () => doctor({ provider: 'custom', config: { baseUrl: emulatorBase(emulator.root, 'azure'), protocol: 'openai-chat' } }), expected: ['auth-scheme-mismatch'] },
  { cause: 'host-no-scheme', run: () => doctor({ config: { baseUrl: emulator.baseUrl.replace('http://', '') } }), expected: ['host-no-scheme'] },
  { cause: 'host-double-scheme', run: () => doctor({ config: { baseUrl: `http://${emulator.baseUrl}` } }), expected: ['host-double-scheme'] },
  { cause: 'host-insecure-http', run: () => doctor({ config: { baseUrl: emulator.baseUrl.replace('127.0.0.1', REMOTE) } }), expected: ['host-insecure-http'] },
  { cause: 'redirect-dropped-auth', run: () => doctor({ mode: 'redirect-cross-origin' }), expected: ['redirect-dropped-auth'] },
  { cause: 'path-missing-version', run: () => doctor({ config: { baseUrl: emulator.root } }), expected: ['path-missing-version'] },
  { cause: 'path-duplicated', run: () => doctor({ config: { baseUrl: `${emulator.baseUrl}/v1` } }), expected: ['path-duplicated'] },
  { cause: 'model-case', run: () => doctor({ model: 'EMU-small' }), expected: ['model-case'] },
  { cause: 'model-unknown', run: () => doctor({ model: 'gpt-9' }), expected: ['model-unknown'] },
  { cause: 'key-rejected', run: () => doctor({ key: 'tgp_v1_revoked-0000000000000000000000' }), expected: ['key-rejected'] },
  { cause: 'key-wrong-region', run: () => doctor({ provider: 'moonshot', key: OTHER_REGION_KEY, regions: twoRegions() }), expected: ['key-wrong-region'] },
  { cause: 'key-env-override', run: () => doctor({ keyStatus: { envPresent: true, envDiffers: true, envVar: 'TOGETHER_API_KEY' } }), expected: ['key-env-override'] },
  { cause: 'quota-exhausted', run: () => doctor({ mode: 'quota' }), expected: ['quota-exhausted'] },
  { cause: 'rate-limited', run: () => doctor({ mode: 'rate-limit' }), expected: ['rate-limited'] },
  { cause: 'provider-overloaded', run: () => doctor({ mode: 'overloaded' }), expected: ['provider-overloaded'] },
  { cause: 'proxy-interference', run: () => doctor({ mode: 'html-error' }), expected: ['proxy-interference'] },
  { cause: 'network-unreachable', run: () => doctor({ config: { baseUrl: 'http://127.0.0.1:9/v1' } }), expected: ['network-unreachable'] },
];

// Causes seen before any request: shown by the settings view and the doctor, not on an exchange.
const STATIC_ONLY = new Set(['host-no-scheme', 'host-double-scheme', 'host-insecure-http', 'key-env-override']);

describe('doctor', () => {
  it('has a scenario for every cause in the catalog', () => {
    expect(scenarios.map((s) => s.cause).sort()).toEqual([...CAUSE_IDS].sort());
  });

  it.each(scenarios)('names $cause', async ({ cause, run, expected }) => {
    const { report, log } = await run();
    expect(report.causes).toEqual(expected);
    // What the inspector's Explain panel shows: the causes recorded on the failed exchanges.
    const explained = new Set(log.list().flatMap((e) => e.causes ?? []));
    if (STATIC_ONLY.has(cause)) expect(report.checks.find((c) => c.causes.includes(cause as never))?.status).toMatch(/warn|fail/);
    else for (const id of expected) expect(explained.has(id), `Explain panel lacks ${id}`).toBe(true);
    for (const id of explained) expect(expected).toContain(id);
    expect(containsCanary(JSON.stringify(report))).toBe(false);
    expect(containsCanary(JSON.stringify(log.list()))).toBe(false);
  });

  it('passes a healthy provider with every check', async () => {
    const { report } = await doctor({});
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => `${c.id}:${c.status}`)).toEqual(['base-url:pass', 'key:pass', 'models:pass', 'model:pass', 'chat:pass']);
    expect(report.causes).toEqual([]);
  });

  it('records every redirect hop', async () => {
    const { report } = await doctor({ mode: 'redirect-cross-origin' });
    const urls = report.exchanges.map((e) => new URL(e.url).host.split(':')[0]);
    expect(urls.slice(0, 2)).toEqual(['127.0.0.1', 'localhost']);
    expect(report.exchanges[1]!.auth.present).toBe(false);
  });

  it('never repeats a key the host echoes back', async () => {
    const { report } = await doctor({ mode: 'echo-key' });
    expect(report.checks.find((c) => c.id === 'models')!.message).toContain('is not allowed here');
    expect(containsCanary(JSON.stringify(report))).toBe(false);
  });

  it('still sees a dropped auth header where fetch refuses manual redirects (Electron)', async () => {
    const { report } = await doctor({ mode: 'redirect-cross-origin', fetchLike: electronLike });
    expect(report.causes).toEqual(['redirect-dropped-auth']);
  });

  it('sees every hop through the desktop app’s FetchLike over net.request (stand-in), the dropped key included', async () => {
    markReady();
    const { report, log } = await doctor({ mode: 'redirect-cross-origin', fetchLike: netRequestFetch((o) => new ClientRequest(o)) });
    expect(report.causes).toEqual(['redirect-dropped-auth']);
    const hops = log.list().filter((e) => e.purpose === 'probe');
    expect(hops[0]!.response!.status).toBe(307);
    expect(hops[1]!.auth.present).toBe(false);
  });

  it('offers the region that took the key as the corrected base URL, and says it', async () => {
    const { report } = await doctor({ provider: 'moonshot', key: OTHER_REGION_KEY, regions: twoRegions() });
    expect(report.suggestedBaseUrl).toBe(otherRegion.baseUrl);
    expect(report.checks.find((c) => c.id === 'region')!.message).toMatch(/belongs to the other region/);
    expect(report.ambiguity).toBeUndefined();
  });

  it('does not blame the region when every region refuses the key', async () => {
    const { report } = await doctor({ provider: 'moonshot', key: 'sk-revoked-00000000000000000000', regions: twoRegions() });
    expect(report.causes).toEqual(['key-rejected']);
    expect(report.checks.find((c) => c.id === 'region')!.status).toBe('pass');
  });

  it('suggests the repaired base URL for a doubled path', async () => {
    const { report } = await doctor({ config: { baseUrl: `${emulator.baseUrl}/v1` } });
    expect(report.suggestedBaseUrl).toBe(emulator.baseUrl);
  });

  it('names network-unreachable for a host that never answers, within the probe limit, and skips the chat', async () => {
    const { report } = await doctor({ mode: 'stall-before-headers', config: { timeouts: { firstByteS: 0.3, idleS: 0.3 } } });
    expect(report.causes).toEqual(['network-unreachable']);
    expect(report.checks.find((c) => c.id === 'models')!.message).toMatch(/timed out/i);
    expect(report.checks.find((c) => c.id === 'chat')!.status).toBe('skip');
  });

  it('never waits longer than the probe limit, whatever the provider allows', () => {
    const slow = resolveTarget(findPreset('together')!, { timeouts: { firstByteS: 3600, idleS: 3600 } }, CANARY_KEY);
    expect(probeTimeouts(slow)).toEqual({ firstByteMs: PROBE_LIMIT_MS, idleMs: PROBE_LIMIT_MS });
    // Three probes at most (model list, chat, the other region): the doctor ends within 30 s.
    expect(PROBE_LIMIT_MS * 3).toBeLessThanOrEqual(30_000);
  });

  it('says when a refusal is ambiguous', async () => {
    const { report } = await doctor({ key: 'tgp_v1_revoked-0000000000000000000000' });
    expect(report.ambiguity).toMatch(/revoked|another account/);
  });
});
