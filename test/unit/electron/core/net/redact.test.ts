import { describe, expect, it } from 'vitest';
import { collectSecrets, fingerprint, isEmptyCredential, redactCredential, redactHeaders, redactUrl, requestSecrets, summarizeAuth } from '../../../../../electron/core/net/redact';
import { maskSecret } from '../../../../../electron/core/net/mask';
import { CANARY_KEY } from '../../../../support/canary';

describe('redaction', () => {
  it('masks a bearer key with length and fingerprint, never the middle', () => {
    const out = redactCredential(`Bearer ${CANARY_KEY}`);
    expect(out).toBe(`Bearer tgp_…6789 (${CANARY_KEY.length} chars, sha256 ${fingerprint(CANARY_KEY)})`);
    expect(out).not.toContain(CANARY_KEY.slice(4, -4));
  });
  it('shows short secrets with nothing recoverable', () => {
    expect(maskSecret('abc')).toBe('…');
    expect(maskSecret('abcdefghijkl')).toBe('ab…kl');
  });
  it('shows an empty credential as exactly that', () => {
    expect(redactCredential('Bearer ')).toBe('Bearer (empty)');
    expect(redactCredential('Bearer undefined')).toBe('Bearer undefined (empty)');
    expect(isEmptyCredential('null')).toBe(true);
    expect(isEmptyCredential('Bearer nil')).toBe(true);
    expect(isEmptyCredential('Bearer x')).toBe(false);
  });
  it('redacts every credential header, whatever its case, and leaves others alone', () => {
    const out = redactHeaders({ authorization: `Bearer ${CANARY_KEY}`, 'X-Api-Key': CANARY_KEY, 'api-key': CANARY_KEY, 'x-goog-api-key': CANARY_KEY, 'Proxy-Authorization': `Basic ${CANARY_KEY}`, accept: 'text/event-stream' });
    expect(JSON.stringify(out)).not.toContain(CANARY_KEY);
    expect(out.accept).toBe('text/event-stream');
  });
  it('redacts ?key= in URLs', () => {
    const url = redactUrl(`https://generativelanguage.googleapis.com/v1beta/models/x:generateContent?key=${CANARY_KEY}&alt=sse`);
    expect(url).not.toContain(CANARY_KEY);
    expect(url).toContain('alt=sse');
  });
  it('finds the secrets a request carries: auth headers, query credentials, and extra values', () => {
    expect(collectSecrets({ Authorization: `Bearer ${CANARY_KEY}`, accept: 'x' }, 'https://h/x?key=abcdefgh123')).toEqual([CANARY_KEY, 'abcdefgh123']);
    const secrets = requestSecrets({ Authorization: `Bearer ${CANARY_KEY}` }, 'https://h/x', ['gateway-token-0001']);
    expect(secrets.scrub(`echo: ${CANARY_KEY} and gateway-token-0001`)).not.toMatch(/CANARY|gateway-token-0001/);
  });
  it('redacts any header whose value echoes a secret, and secrets anywhere in a URL', () => {
    const secrets = requestSecrets({ Authorization: `Bearer ${CANARY_KEY}` }, 'https://h/x');
    const headers = redactHeaders({ 'x-debug-key': `received ${CANARY_KEY}`, location: `https://h/next?k=${encodeURIComponent(CANARY_KEY)}`, 'content-type': 'application/json' }, secrets);
    expect(JSON.stringify(headers)).not.toContain('CANARY');
    expect(headers['content-type']).toBe('application/json');
    expect(redactUrl(`https://h/p/${CANARY_KEY}/x?other=${CANARY_KEY}`, secrets)).not.toContain('CANARY');
  });
  it('summarizes the auth header: present, empty or missing', () => {
    expect(summarizeAuth({ Authorization: `Bearer ${CANARY_KEY}` }, 'Authorization')).toMatchObject({ present: true, empty: false, scheme: 'Bearer', masked: 'tgp_…6789', length: CANARY_KEY.length });
    expect(summarizeAuth({ authorization: 'Bearer ' }, 'Authorization')).toEqual({ header: 'authorization', present: true, empty: true, scheme: 'Bearer' });
    expect(summarizeAuth({ accept: 'x' }, 'x-api-key')).toEqual({ header: 'x-api-key', present: false, empty: true });
    // A key in the wrong header is still seen, so the scheme mismatch can be explained.
    expect(summarizeAuth({ Authorization: 'Bearer abcdefghijklmnopqrstuvwxyz' }, 'x-api-key')).toMatchObject({ header: 'Authorization', present: true });
  });
});

describe('whitespace in secrets', () => {
  it('shows whitespace around a key as visible symbols and counts it', () => {
    expect(maskSecret(`  ${CANARY_KEY}\n`)).toBe('␠␠tgp_…6789␤');
    expect(summarizeAuth({ Authorization: `Bearer  ${CANARY_KEY}` }, 'Authorization')).toMatchObject({ masked: '␠tgp_…6789', length: CANARY_KEY.length + 1 });
  });
});
