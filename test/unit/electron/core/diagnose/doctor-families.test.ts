import { afterEach, describe, expect, it } from 'vitest';
import { runDoctor } from '../../../../../electron/core/diagnose/doctor';
import { RecordingFetch } from '../../../../../electron/core/net/recording-fetch';
import { WireLog } from '../../../../../electron/core/net/wire-log';
import { adapterFor } from '../../../../../electron/core/providers/protocols';
import { resolveTarget } from '../../../../../electron/core/providers/provider-settings';
import { findPreset } from '../../../../../electron/core/providers/registry';
import { randomId, systemClock } from '../../../../../electron/core/clock';
import { emulatorBase, startEmulator, type Emulator } from '../../../../support/emulator';
import { FAMILY_ERRORS, type Family } from '../../../../support/provider-errors';

// Which preset speaks to each family, and where the emulator serves its protocol.
const PRESET_OF: Record<Family, { provider: string; path: Parameters<typeof emulatorBase>[1] }> = {
  openai: { provider: 'openai', path: 'openai-chat' },
  anthropic: { provider: 'anthropic', path: 'anthropic' },
  gemini: { provider: 'gemini', path: 'gemini' },
  'gemini-leaked': { provider: 'gemini', path: 'gemini' },
  'gemini-openai': { provider: 'gemini-openai', path: 'openai-chat' },
  azure: { provider: 'azure', path: 'azure' },
  ollama: { provider: 'ollama', path: 'ollama' },
  together: { provider: 'together', path: 'openai-chat' },
  groq: { provider: 'groq', path: 'openai-chat' },
  mistral: { provider: 'mistral', path: 'openai-chat' },
  xai: { provider: 'xai', path: 'openai-chat' },
  deepseek: { provider: 'deepseek', path: 'openai-chat' },
  openrouter: { provider: 'openrouter', path: 'openai-chat' },
  minimax: { provider: 'minimax', path: 'openai-chat' },
  'minimax-openai': { provider: 'minimax', path: 'openai-chat' },
  moonshot: { provider: 'moonshot', path: 'openai-chat' },
  zhipu: { provider: 'zhipu', path: 'openai-chat' },
  dashscope: { provider: 'dashscope', path: 'openai-chat' },
  ark: { provider: 'ark', path: 'openai-chat' },
  qianfan: { provider: 'qianfan', path: 'openai-chat' },
  hunyuan: { provider: 'hunyuan', path: 'openai-chat' },
  siliconflow: { provider: 'siliconflow', path: 'openai-chat' },
};

const ACCEPTED = 'emu-accepted-key-0123456789abcdef';
let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function doctorFor(family: Family, key: string, billing = false) {
  emulator = await startEmulator({ key: ACCEPTED, family, ollamaRequiresKey: true });
  if (billing) emulator.misbehave('billing');
  const { provider, path } = PRESET_OF[family];
  const target = resolveTarget(findPreset(provider)!, { baseUrl: emulatorBase(emulator.root, path) }, key, 'emu-small');
  return runDoctor({ http: new RecordingFetch(fetch, new WireLog(), systemClock, randomId), adapter: adapterFor(target.protocol), target });
}

const families = Object.keys(FAMILY_ERRORS) as Family[];

describe('the doctor against each provider family’s own refusals', () => {
  it.each(families)('%s: a refused key is key-rejected, and nothing else', async (family) => {
    const report = await doctorFor(family, 'emu-refused-key-0123456789abcdef');
    expect(report.ok).toBe(false);
    expect(report.causes).toEqual(['key-rejected']);
  });

  it.each(families.filter((f) => 'billing' in FAMILY_ERRORS[f]))('%s: a billing stop is quota-exhausted, and nothing else', async (family) => {
    const report = await doctorFor(family, ACCEPTED, true);
    expect(report.causes).toEqual(['quota-exhausted']);
  });

  it('passes Ollama when it lists llama3.2:latest and the model is llama3.2', async () => {
    emulator = await startEmulator({ key: ACCEPTED, models: ['llama3.2:latest'] });
    const target = resolveTarget(findPreset('ollama')!, { baseUrl: emulator.root }, undefined, 'llama3.2');
    const report = await runDoctor({ http: new RecordingFetch(fetch, new WireLog(), systemClock, randomId), adapter: adapterFor('ollama'), target });
    expect(report.causes).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.checks.find((c) => c.id === 'model')!.message).toMatch(/llama3.2:latest/);
  });

  it("names Anthropic's extra /v1 and Ollama's OpenAI-style /v1, with the repaired URL", async () => {
    emulator = await startEmulator({ key: ACCEPTED });
    const http = new RecordingFetch(fetch, new WireLog(), systemClock, randomId);
    const anthropic = resolveTarget(findPreset('anthropic')!, { baseUrl: `${emulator.root}/v1` }, ACCEPTED, 'emu-small');
    const a = await runDoctor({ http, adapter: adapterFor('anthropic'), target: anthropic });
    expect(a.causes).toEqual(['path-duplicated']);
    expect(a.suggestedBaseUrl).toBe(emulator.root);
    const ollama = resolveTarget(findPreset('ollama')!, { baseUrl: `${emulator.root}/v1` }, undefined, 'emu-small');
    const o = await runDoctor({ http, adapter: adapterFor('ollama'), target: ollama });
    expect(o.causes).toEqual(['path-duplicated']);
    expect(o.suggestedBaseUrl).toBe(emulator.root);
  });
});
