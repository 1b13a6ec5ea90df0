import { describe, expect, it } from 'vitest';
import { azureUrl } from '../../../../../electron/core/providers/azure';
import { adapterFor } from '../../../../../electron/core/providers/protocols';
import { findPreset } from '../../../../../electron/core/providers/registry';
import { resolveTarget } from '../../../../../electron/core/providers/provider-settings';
import type { WireMessage } from '../../../../../electron/core/providers/types';

const messages: WireMessage[] = [
  { role: 'system', content: 'Be brief.' },
  { role: 'user', content: 'Hi' },
  { role: 'assistant', content: 'Hello' },
  { role: 'user', content: 'Bye' },
];
const target = (id: string, key = 'k-1234567890', config = {}) => resolveTarget(findPreset(id)!, config, key, 'model-x');

describe('request building per protocol', () => {
  it('anthropic: /v1/messages, x-api-key, anthropic-version, system apart, max_tokens', () => {
    const req = adapterFor('anthropic').chatRequest(target('anthropic'), messages, true);
    expect(req.url).toBe('https://api.anthropic.com/v1/messages');
    expect(req.headers).toMatchObject({ 'x-api-key': 'k-1234567890', 'anthropic-version': '2023-06-01' });
    expect(req.headers.Authorization).toBeUndefined();
    const body = JSON.parse(req.body!);
    expect(body.system).toBe('Be brief.');
    expect(body.messages.map((m: { role: string }) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(body.max_tokens).toBeGreaterThan(0);
  });
  it('gemini: streamGenerateContent?alt=sse, x-goog-api-key, model role, systemInstruction', () => {
    const req = adapterFor('gemini').chatRequest(target('gemini'), messages, true);
    expect(req.url).toBe('https://generativelanguage.googleapis.com/v1beta/models/model-x:streamGenerateContent?alt=sse');
    expect(req.headers['x-goog-api-key']).toBe('k-1234567890');
    const body = JSON.parse(req.body!);
    expect(body.contents.map((c: { role: string }) => c.role)).toEqual(['user', 'model', 'user']);
    expect(body.systemInstruction).toEqual({ parts: [{ text: 'Be brief.' }] });
    expect(adapterFor('gemini').chatRequest(target('gemini'), messages, false).url).toMatch(/:generateContent$/);
  });
  it('ollama: /api/chat without a key locally, Bearer when one is set', () => {
    expect(adapterFor('ollama').chatRequest(target('ollama', ''), messages, true).headers.Authorization).toBeUndefined();
    const req = adapterFor('ollama').chatRequest(target('ollama'), messages, true);
    expect(req.url).toBe('http://localhost:11434/api/chat');
    expect(req.headers.Authorization).toBe('Bearer k-1234567890');
  });
  it('responses: /responses with instructions and input', () => {
    const req = adapterFor('openai-responses').chatRequest(target('openai', 'k-1234567890', { protocol: 'openai-responses' }), messages, true);
    expect(req.url).toBe('https://api.openai.com/v1/responses');
    const body = JSON.parse(req.body!);
    expect(body.instructions).toBe('Be brief.');
    expect(body.input).toHaveLength(3);
  });
  it('azure: api-key header on both path styles', () => {
    const t = target('azure', 'k-1234567890', { baseUrl: 'https://res.openai.azure.com/openai/v1' });
    const req = adapterFor('azure').chatRequest(t, messages, true);
    expect(req.url).toBe('https://res.openai.azure.com/openai/v1/chat/completions');
    expect(req.headers['api-key']).toBe('k-1234567890');
    expect(req.headers.Authorization).toBeUndefined();
  });
  it('a protocol override on a custom host switches the auth header too', () => {
    const t = resolveTarget(findPreset('custom')!, { baseUrl: 'https://gw.example/anthropic', protocol: 'anthropic' }, 'k-1234567890', 'm');
    expect(adapterFor(t.protocol).chatRequest(t, messages, true).headers['x-api-key']).toBe('k-1234567890');
  });
});

describe('azure URLs', () => {
  it('keeps the v1 path as it is', () => {
    expect(azureUrl('https://r.openai.azure.com/openai/v1/', '/chat/completions')).toBe('https://r.openai.azure.com/openai/v1/chat/completions');
  });
  it('adds api-version on the deployment path, keeping one already given', () => {
    expect(azureUrl('https://r.openai.azure.com/openai/deployments/gpt4o', '/chat/completions')).toBe('https://r.openai.azure.com/openai/deployments/gpt4o/chat/completions?api-version=2024-10-21');
    expect(azureUrl('https://r.openai.azure.com/openai/deployments/gpt4o?api-version=2025-01-01-preview', '/chat/completions')).toBe(
      'https://r.openai.azure.com/openai/deployments/gpt4o/chat/completions?api-version=2025-01-01-preview',
    );
    expect(azureUrl('https://r.openai.azure.com/openai/deployments/gpt4o', '/models')).toBe('https://r.openai.azure.com/openai/models?api-version=2024-10-21');
  });
});

describe('generation options per protocol', () => {
  const body = (id: string, protocol?: 'openai-responses') => {
    const t = resolveTarget(findPreset(id)!, protocol ? { protocol } : {}, 'k-1234567890', 'm');
    return JSON.parse(adapterFor(t.protocol).chatRequest(t, messages, true, { temperature: 0.2, maxTokens: 64 }).body!);
  };
  it('puts temperature and the token limit where each protocol wants them', () => {
    expect(body('together')).toMatchObject({ temperature: 0.2, max_tokens: 64 });
    expect(body('openai')).toMatchObject({ temperature: 0.2, max_completion_tokens: 64 });
    expect(body('openai').max_tokens).toBeUndefined();
    expect(body('openai', 'openai-responses')).toMatchObject({ temperature: 0.2, max_output_tokens: 64 });
    expect(body('anthropic')).toMatchObject({ temperature: 0.2, max_tokens: 64 });
    expect(body('gemini').generationConfig).toEqual({ temperature: 0.2, maxOutputTokens: 64 });
    expect(body('ollama').options).toEqual({ temperature: 0.2, num_predict: 64 });
  });
  it('sends nothing extra when a conversation sets nothing', () => {
    const t = resolveTarget(findPreset('together')!, {}, 'k-1234567890', 'm');
    const sent = JSON.parse(adapterFor('openai-chat').chatRequest(t, messages, false).body!);
    expect(Object.keys(sent).sort()).toEqual(['messages', 'model', 'stream']);
  });
});
