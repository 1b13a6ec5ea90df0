import { describe, expect, it } from 'vitest';
import { explainFailure, mixedEvidence } from '../../../../../electron/core/diagnose/explain';
import { readRefusal } from '../../../../../electron/core/diagnose/reading';
import { parseErrorBody } from '../../../../../electron/core/providers/error-body';
import type { Exchange } from '../../../../../electron/shared/exchange';
import { resolvedTarget } from '../../../../support/builders';
import { FAMILY_ERRORS, type ErrorAnswer } from '../../../../support/provider-errors';

const KEY = 'emu-key-0123456789abcdefghij';
const sent: Exchange = { id: 'x', startedAt: 0, purpose: 'chat', method: 'POST', url: 'https://h.example/v1/chat/completions', request: { headers: {} }, timing: {}, state: 'done', auth: { header: 'Authorization', present: true, empty: false, masked: 'emu-…ghij', length: KEY.length } };
const target = resolvedTarget({ providerId: 'custom', baseUrl: 'https://h.example/v1', key: KEY, model: 'some-model' });

// The families whose key goes in another header than Authorization: Bearer.
const RAW_HEADER: Record<string, string> = { anthropic: 'x-api-key', azure: 'api-key', gemini: 'x-goog-api-key', 'gemini-leaked': 'x-goog-api-key' };

function explain(answer: ErrorAnswer, family = 'openai') {
  const error = parseErrorBody(answer.status, answer.body);
  const header = RAW_HEADER[family];
  if (!header) return explainFailure({ target, exchange: sent, status: answer.status, error, bodyText: answer.body });
  const raw = { ...target, auth: { header, scheme: 'raw' as const, requirement: 'required' as const } };
  return explainFailure({ target: raw, exchange: { ...sent, auth: { ...sent.auth!, header } }, status: answer.status, error, bodyText: answer.body });
}

const families = Object.entries(FAMILY_ERRORS) as [string, (typeof FAMILY_ERRORS)[keyof typeof FAMILY_ERRORS]][];

describe('reading a refusal by its evidence, whatever its status', () => {
  it.each(families)('%s: a refused key is key-rejected and nothing else', (family, errors) => {
    expect(readRefusal(errors.keyRefused.status, parseErrorBody(errors.keyRefused.status, errors.keyRefused.body), errors.keyRefused.body)).toBe('key');
    expect(explain(errors.keyRefused, family)).toEqual(['key-rejected']);
  });

  it.each(families.filter(([, e]) => 'billing' in e))('%s: a billing stop is quota-exhausted, never a rate limit or a key problem', (family, errors) => {
    expect(explain((errors as { billing: ErrorAnswer }).billing, family)).toEqual(['quota-exhausted']);
  });

  it.each(families.filter(([, e]) => 'modelUnknown' in e))('%s: an unknown model is model-unknown', (family, errors) => {
    expect(explain((errors as { modelUnknown: ErrorAnswer }).modelUnknown, family)).toEqual(['model-unknown']);
  });

  it('does not take a 400 about a parameter for a model or key problem', () => {
    const body = JSON.stringify({ error: { message: "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.", type: 'invalid_request_error', param: 'max_tokens', code: 'unsupported_parameter' } });
    expect(explain({ status: 400, body })).toEqual([]);
  });

  it('reads a 402 without a body as billing', () => {
    expect(explain({ status: 402, body: '' })).toEqual(['quota-exhausted']);
  });

  it('tells a rate limit from an exhausted quota on 429', () => {
    expect(explain({ status: 429, body: JSON.stringify({ error: { message: 'Rate limit reached for requests', type: 'requests', code: 'rate_limit_exceeded' } }) })).toEqual(['rate-limited']);
  });

  it('takes a host HTML 404 page for a wrong path, not for a proxy', () => {
    const page = '<!DOCTYPE html><html><head><title>404 Not Found</title></head><body>Not Found</body></html>';
    const noVersion = resolvedTarget({ providerId: 'custom', baseUrl: 'https://h.example', key: KEY });
    expect(explainFailure({ target: noVersion, exchange: sent, status: 404, error: parseErrorBody(404, page), bodyText: page })).toEqual(['path-missing-version']);
    const doubled = resolvedTarget({ providerId: 'custom', baseUrl: 'https://h.example/v1/v1', key: KEY });
    expect(explainFailure({ target: doubled, exchange: sent, status: 404, error: parseErrorBody(404, page), bodyText: page })).toEqual(['path-duplicated']);
  });

  it('names the likelier cause of an HTML 401 first and says the evidence is mixed', () => {
    const page = '<html><head><title>Sign in</title></head><body>Corporate login</body></html>';
    const evidence = { target, exchange: sent, status: 401, error: parseErrorBody(401, page), bodyText: page };
    expect(explainFailure(evidence)[0]).toBe('proxy-interference');
    expect(mixedEvidence(evidence)).toMatch(/HTML page/);
    expect(mixedEvidence({ ...evidence, bodyText: FAMILY_ERRORS.openai.keyRefused.body })).toBeUndefined();
  });

  it("sees Anthropic's extra /v1 and Ollama's OpenAI-style /v1 as a doubled path", () => {
    const anthropic = resolvedTarget({ providerId: 'anthropic', protocol: 'anthropic', baseUrl: 'https://api.anthropic.com/v1', key: KEY });
    const notFound = JSON.stringify({ type: 'error', error: { type: 'not_found_error', message: 'Not Found' } });
    expect(explainFailure({ target: anthropic, status: 404, error: parseErrorBody(404, notFound), bodyText: notFound })).toEqual(['path-duplicated']);
    const ollama = resolvedTarget({ providerId: 'ollama', protocol: 'ollama', baseUrl: 'http://localhost:11434/v1', key: undefined });
    expect(explainFailure({ target: ollama, status: 404, error: parseErrorBody(404, '404 page not found'), bodyText: '404 page not found' })).toEqual(['path-duplicated']);
  });
});
