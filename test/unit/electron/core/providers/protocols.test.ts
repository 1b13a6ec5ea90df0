import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../../../../support/cli';
import { CANARY_KEY, containsCanary } from '../../../../support/canary';
import { emulatorBase, emulatorReply, startEmulator, type Emulator } from '../../../../support/emulator';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ key: CANARY_KEY, reasoning: true, ollamaRequiresKey: true });
});
afterAll(() => emulator.close());


// provider preset, where it lives on the emulator, its key variable, the provider's own 401 words.
const cases = [
  { provider: 'together', base: 'openai-chat', env: 'TOGETHER_API_KEY', refusal: 'Invalid API key provided', status: 401 },
  { provider: 'openai', base: 'openai-responses', env: 'OPENAI_API_KEY', refusal: 'Incorrect API key provided', status: 401, protocol: 'openai-responses' },
  { provider: 'anthropic', base: 'anthropic', env: 'ANTHROPIC_API_KEY', refusal: 'invalid x-api-key', status: 401 },
  { provider: 'gemini', base: 'gemini', env: 'GEMINI_API_KEY', refusal: 'API key not valid', status: 400 },
  { provider: 'ollama', base: 'ollama', env: 'OLLAMA_API_KEY', refusal: 'unauthorized', status: 401 },
  { provider: 'azure', base: 'azure', env: 'AZURE_OPENAI_API_KEY', refusal: 'Access denied due to invalid subscription key', status: 401 },
  { provider: 'azure', base: 'azure-deployment', env: 'AZURE_OPENAI_API_KEY', refusal: 'Access denied due to invalid subscription key', status: 401 },
] as const;

describe.each(cases)('$provider over $base', (c) => {
  const args = () => ['--provider', c.provider, '--base-url', emulatorBase(emulator.root, c.base), ...('protocol' in c ? ['--protocol', c.protocol] : [])];
  const env = { [c.env]: CANARY_KEY };

  it('streams the answer with reasoning and usage', async () => {
    const r = await cli(['chat', ...args(), '--model', 'emu-small', '--message', 'hello there', '--json'], env);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.text).toBe(emulatorReply('hello there'));
    if (c.base !== 'azure' && c.base !== 'azure-deployment') expect(json.reasoning).toBe('Thinking it over.');
    expect(json.finishReason).toBe('stop');
    expect(json.usage.inputTokens).toBe(12);
    expect(json.exchanges[0].response.status).toBe(200);
    expect(containsCanary(r.out)).toBe(false);
  });

  it('answers without streaming', async () => {
    const r = await cli(['chat', ...args(), '--model', 'emu-small', '--message', 'whole', '--no-stream', '--json'], env);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).text).toBe(emulatorReply('whole'));
  });

  it('lists models', async () => {
    const r = await cli(['models', ...args()], env);
    expect(r).toMatchObject({ code: 0, out: 'emu-small\nEmu-Large\n' });
  });

  it("turns a wrong key into the provider's own message, exit code 1", async () => {
    const r = await cli(['chat', ...args(), '--model', 'emu-small', '--message', 'x', '--json'], { [c.env]: 'wrong-key-0000000000000000' });
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.error.status).toBe(c.status);
    expect(json.error.message).toContain(c.refusal);
    expect(json.error.causes).toEqual(['key-rejected']);
  });

  it('explains a missing key', async () => {
    const r = await cli(['chat', ...args(), '--model', 'emu-small', '--message', 'x', '--json'], {});
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).error.causes).toEqual(['key-missing']);
  });
});
