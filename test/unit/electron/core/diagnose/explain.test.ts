import { describe, expect, it } from 'vitest';
import { explainFailure, staticCauses } from '../../../../../electron/core/diagnose/explain';
import { checkBaseUrl, normalizeBaseUrl } from '../../../../../electron/core/diagnose/url-checks';
import { causeCatalog } from '../../../../../electron/core/diagnose/causes';
import { CAUSE_IDS } from '../../../../../electron/shared/causes';
import type { ResolvedTarget } from '../../../../../electron/core/providers/types';
import type { Exchange } from '../../../../../electron/shared/exchange';
import { resolvedTarget } from '../../../../support/builders';

const KEY = 'tgp_v1_abcdefghijklmnopqrstuvwxyz012345';
const target = (over: Partial<ResolvedTarget> = {}): ResolvedTarget => resolvedTarget({ key: KEY, ...over });
const exchange = (auth: Exchange['auth']): Exchange => ({ id: 'x', startedAt: 0, purpose: 'chat', method: 'POST', url: 'u', request: { headers: {} }, timing: {}, state: 'done', auth });
const sent = exchange({ header: 'Authorization', present: true, empty: false, masked: 'tgp_…2345', length: KEY.length });

describe('cause catalog', () => {
  it('has a title, explanation and fix for every id', () => {
    const catalog = causeCatalog();
    expect(catalog.map((c) => c.id)).toEqual([...CAUSE_IDS]);
    for (const c of catalog) expect(c.title && c.explanation && c.fix).toBeTruthy();
  });
});

describe('base URL checks', () => {
  it.each([
    ['api.together.xyz/v1', ['host-no-scheme']],
    ['https://https://api.together.xyz/v1', ['host-double-scheme']],
    ['http://api.together.xyz/v1', ['host-insecure-http']],
    ['http://localhost:11434', []],
    ['http://127.0.0.1:8080/v1', []],
    ['https://api.together.xyz/v1/v1', ['path-duplicated']],
    ['https://api.together.xyz/v1/chat/completions', ['path-duplicated']],
    ['https://api.together.xyz/v1', []],
  ])('%s -> %j', (url, causes) => expect(checkBaseUrl(url)).toEqual(causes));
  it('normalizes the mechanical mistakes', () => {
    expect(normalizeBaseUrl('api.together.xyz/v1/')).toBe('https://api.together.xyz/v1');
    expect(normalizeBaseUrl('https://https://api.together.xyz/v1')).toBe('https://api.together.xyz/v1');
    expect(normalizeBaseUrl('https://api.together.xyz/v1/v1')).toBe('https://api.together.xyz/v1');
    expect(normalizeBaseUrl('https://api.together.xyz/v1/chat/completions')).toBe('https://api.together.xyz/v1');
    expect(normalizeBaseUrl('localhost:11434')).toBe('http://localhost:11434');
  });
  it('knows the segments a protocol adds itself', () => {
    expect(checkBaseUrl('https://api.anthropic.com/v1', 'anthropic')).toEqual(['path-duplicated']);
    expect(checkBaseUrl('https://api.anthropic.com', 'anthropic')).toEqual([]);
    expect(checkBaseUrl('http://localhost:11434/v1', 'ollama')).toEqual(['path-duplicated']);
    expect(checkBaseUrl('http://localhost:11434/v1', 'openai-chat')).toEqual([]);
    expect(normalizeBaseUrl('https://api.anthropic.com/v1/', 'anthropic')).toBe('https://api.anthropic.com');
    expect(normalizeBaseUrl('http://localhost:11434/v1', 'ollama')).toBe('http://localhost:11434');
    expect(normalizeBaseUrl('http://localhost:11434/api', 'ollama')).toBe('http://localhost:11434');
  });
});

describe('static causes', () => {
  it('names a missing key only where one is required', () => {
    expect(staticCauses(target({ key: undefined }))).toEqual(['key-missing']);
    expect(staticCauses(target({ key: undefined, auth: { header: 'Authorization', scheme: 'bearer', requirement: 'optional' } }))).toEqual([]);
  });
  it('combines URL and key problems', () => {
    expect(staticCauses(target({ baseUrl: 'api.together.xyz', key: ` ${KEY}` }))).toEqual(['host-no-scheme', 'key-whitespace']);
  });
});

describe('explainFailure', () => {
  it('401 with no key and no header: key-missing', () => {
    expect(explainFailure({ target: target({ key: undefined }), exchange: exchange({ header: 'Authorization', present: false, empty: true }), status: 401 })).toEqual(['key-missing']);
  });
  it('401 with an empty header: header-empty', () => {
    expect(explainFailure({ target: target({ key: '' }), exchange: exchange({ header: 'Authorization', present: true, empty: true, scheme: 'Bearer' }), status: 401 })).toEqual(['header-empty']);
  });
  it('401 with a key that has quotes: that lint cause, not key-rejected', () => {
    expect(explainFailure({ target: target({ key: `'${KEY}'` }), exchange: sent, status: 401 })).toEqual(['key-quoted']);
  });
  it('401 with a clean key sent correctly: key-rejected and nothing else', () => {
    expect(explainFailure({ target: target(), exchange: sent, status: 401, error: { message: 'Invalid API key provided.' } })).toEqual(['key-rejected']);
  });
  it("Gemini's 400 API_KEY_INVALID counts as an auth failure", () => {
    expect(explainFailure({ target: target(), exchange: sent, status: 400, error: { message: 'API key not valid.', code: 'API_KEY_INVALID' } })).toEqual(['key-rejected']);
  });
  it('404 about a model: model-unknown', () => {
    expect(explainFailure({ target: target(), exchange: sent, status: 404, error: { message: 'The model `x` does not exist', code: 'model_not_found' } })).toEqual(['model-unknown']);
  });
  it('429: quota vs rate limit', () => {
    expect(explainFailure({ target: target(), status: 429, error: { message: 'You exceeded your current quota', code: 'insufficient_quota' } })).toEqual(['quota-exhausted']);
    expect(explainFailure({ target: target(), status: 429, error: { message: 'Rate limit reached' } })).toEqual(['rate-limited']);
  });
  it('503/529: provider-overloaded; HTML: proxy-interference', () => {
    expect(explainFailure({ target: target(), status: 529, error: { message: 'Overloaded', type: 'overloaded_error' } })).toEqual(['provider-overloaded']);
    expect(explainFailure({ target: target(), status: 502, bodyText: '<html><title>502</title></html>' })).toEqual(['proxy-interference']);
  });
  it('no response: unreachable, or the URL shape when it cannot be requested', () => {
    expect(explainFailure({ target: target() })).toEqual(['network-unreachable']);
    expect(explainFailure({ target: target({ baseUrl: 'api.together.xyz/v1' }) })).toEqual(['host-no-scheme']);
  });
  it('a 200 names nothing', () => {
    expect(explainFailure({ target: target(), exchange: sent, status: 200 })).toEqual([]);
  });
});

describe('whitespace that fetch trims', () => {
  it('does not blame a trailing newline for a refusal, since it never reaches the server', () => {
    expect(explainFailure({ target: target({ key: `${KEY}\n` }), exchange: sent, status: 401 })).toEqual(['key-rejected']);
  });
  it('does blame a leading space after Bearer', () => {
    expect(explainFailure({ target: target({ key: ` ${KEY}` }), exchange: sent, status: 401 })).toEqual(['key-whitespace']);
  });
});
