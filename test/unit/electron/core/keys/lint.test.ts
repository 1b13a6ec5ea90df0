import { describe, expect, it } from 'vitest';
import { applyAllKeyFixes, applyKeyFix, lintKey } from '../../../../../electron/core/keys/lint';

const ids = (key: string, provider = 'together') => lintKey(key, provider).map((w) => w.id);
const KEY = 'tgp_v1_abcdefghijklmnopqrstuvwxyz012345';

describe('key lint', () => {
  it('passes a clean key', () => expect(ids(KEY)).toEqual([]));
  it('flags an empty key', () => expect(ids('  ')).toEqual(['key-missing']));
  it('flags whitespace and line breaks, and trims them', () => {
    expect(ids(`${KEY}\n`)).toEqual(['key-whitespace']);
    expect(lintKey(`${KEY}\r\n`, 'together')[0]!.message).toMatch(/line break/);
    expect(applyKeyFix(` ${KEY}\t`, 'trim')).toBe(KEY);
  });
  it('flags quotes and removes them', () => {
    expect(ids(`"${KEY}"`)).toEqual(['key-quoted']);
    expect(applyKeyFix(`'${KEY}'`, 'unquote')).toBe(KEY);
  });
  it('flags a pasted Bearer prefix', () => {
    expect(ids(`Bearer ${KEY}`)).toEqual(['key-bearer-prefix']);
    expect(applyKeyFix(`Bearer ${KEY}`, 'strip-bearer')).toBe(KEY);
  });
  it('flags invisible and non-ASCII characters', () => {
    expect(ids(`${KEY.slice(0, 5)}\u200B${KEY.slice(5)}`)).toEqual(['key-invisible-chars']);
    expect(ids(`${KEY}\u00A0`)).toContain('key-invisible-chars');
    expect(applyKeyFix(`a\u200Bb\uFEFF`, 'strip-invisible')).toBe('ab');
  });
  it("flags another provider's key", () => {
    expect(ids('sk-ant-FAKE-not-a-key', 'openai')).toEqual(['key-wrong-provider']);
    expect(ids('AIzaFAKE-not-a-key', 'together')).toEqual(['key-wrong-provider']);
    expect(ids('gsk_abcdefghijklmnopqrstuvwxyz', 'openrouter')).toEqual(['key-wrong-provider']);
  });
  it("accepts a key on another endpoint of the provider that issued it, and any key on a provider the user defined", () => {
    expect(ids('AIzaFAKEabcdefghijklmnopqrstuvwx', 'gemini-openai')).toEqual([]);
    expect(ids('sk-ant-FAKEabcdefghijklmnop', 'my-gateway')).toEqual([]);
  });
  it('accepts sk- keys where OpenAI-compatible hosts use them', () => {
    expect(ids('sk-abcdefghijklmnopqrstuvwxyz', 'deepseek')).toEqual([]);
    expect(ids('sk-abcdefghijklmnopqrstuvwxyz', 'custom')).toEqual([]);
  });
  it('never puts the key in a message', () => {
    for (const w of lintKey(` "Bearer ${KEY}\u200B" `, 'openai')) expect(w.message).not.toContain(KEY.slice(3, 20));
  });
  it('applies every fix together', () => expect(applyAllKeyFixes(` "Bearer ${KEY}\u200B"\n`)).toBe(KEY));
});
