import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStreamScrubber, SecretSet, secretForms } from '../../../../../electron/core/net/secret-set';
import { CANARY_KEY, containsCanary } from '../../../../support/canary';

const secrets = new SecretSet([CANARY_KEY]);

describe('a secret set', () => {
  it('masks the key as is, URL-encoded, JSON-escaped and base64 at any alignment', () => {
    const quoted = `"${CANARY_KEY}"`;
    const texts = [
      CANARY_KEY,
      encodeURIComponent(`${CANARY_KEY}/+`),
      JSON.stringify({ k: `${CANARY_KEY}\n` }),
      Buffer.from(`Bearer ${CANARY_KEY}`).toString('base64'),
      Buffer.from(`a${CANARY_KEY}`).toString('base64'),
      Buffer.from(`ab${CANARY_KEY}:x`).toString('base64url'),
      Buffer.from(quoted).toString('base64'),
    ];
    for (const text of texts) {
      const out = secrets.scrub(text);
      expect(out, text).not.toBe(text);
      expect(containsCanary(Buffer.from(out, 'base64').toString('latin1')) || containsCanary(decodeURIComponent(out.replace(/%(?![0-9A-F]{2})/gi, '%25')))).toBe(false);
    }
  });
  it('ignores secrets too short to look for, and leaves other text alone', () => {
    expect(new SecretSet(['abc']).empty).toBe(true);
    expect(secrets.scrub('nothing to see here')).toBe('nothing to see here');
    expect(secretForms('  abcdefgh  ')).toContain('abcdefgh');
  });
});

describe('partialTail', () => {
  // The plain definition: the longest end of the text that is a proper start of some form.
  const naive = (set: SecretSet, forms: string[], text: string) => {
    let best = 0;
    for (const form of forms) for (let k = Math.min(form.length - 1, text.length); k > best; k--) if (text.endsWith(form.slice(0, k))) best = k;
    return set.partialTail(text) === best;
  };

  it('finds the longest end that could begin a secret, as the plain definition does', () => {
    const set = new SecretSet(['sk-aaab-canary-0000', 'abab-abab-abab-9']);
    const forms = secretForms('sk-aaab-canary-0000').concat(secretForms('abab-abab-abab-9'));
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 's', 'k', '-', 'c', '0', 'x') }), (text) => naive(set, forms, text)));
    for (const text of ['sk-aa', 'xxsk-aaab-canary-000', 'abab-ab', 'zzz', '']) expect(naive(set, forms, text)).toBe(true);
  });
});

describe('a stream scrubber', () => {
  it('masks a secret split across any two pieces, and never delays text that cannot start one', () => {
    const text = `before ${CANARY_KEY} after`;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length }), (cut) => {
        const s = createStreamScrubber(secrets);
        const out = s.push(text.slice(0, cut)) + s.push(text.slice(cut)) + s.end();
        expect(containsCanary(out)).toBe(false);
        expect(out.startsWith('before ')).toBe(true);
        expect(out.endsWith(' after')).toBe(true);
      }),
    );
    const s = createStreamScrubber(secrets);
    expect(s.push('plain words ')).toBe('plain words ');
  });
  it('passes everything through when there are no secrets', () => {
    const s = createStreamScrubber(new SecretSet([]));
    expect(s.push('tgp_v1_')).toBe('tgp_v1_');
  });
});
