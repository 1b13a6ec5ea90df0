import { describe, expect, it } from 'vitest';
import { compareExchanges } from '../../../../electron/shared/compare';
import { exchange } from '../../../support/builders';

const auth = { header: 'Authorization', present: true, empty: false, scheme: 'Bearer', masked: 'tgp_…6789', length: 51, fingerprint: '1a2b3c4d' };
const base = exchange({ url: 'https://api.together.xyz/v1/chat/completions', method: 'POST', auth, request: { headers: { Authorization: 'Bearer tgp_…6789 (51 chars, sha256 1a2b3c4d)', 'content-type': 'application/json' }, body: '{"model":"m","messages":[{"role":"user","content":"hi"}]}' }, response: { status: 200, statusText: 'OK', headers: { date: 'Mon', 'content-type': 'text/event-stream' } } });
const failing = (over: Parameters<typeof exchange>[0]) => exchange({ ...base, ...over, response: { status: 401, statusText: 'Unauthorized', headers: { date: 'Tue' } } });

describe('comparing two exchanges', () => {
  it('finds nothing that matters between the same request made twice (dates and ids do not count)', () => {
    const again = exchange({ ...base, id: 'other', response: { status: 200, statusText: 'OK', headers: { date: 'Tue', 'content-type': 'text/event-stream' } } });
    const c = compareExchanges(base, again);
    expect(c).toMatchObject({ differences: [], matters: false, causes: [] });
  });

  it('names an empty auth header on one side', () => {
    const c = compareExchanges(base, failing({ auth: { header: 'Authorization', present: true, empty: true, scheme: 'Bearer' }, request: { headers: { Authorization: 'Bearer ', 'content-type': 'application/json' }, body: base.request.body! } }));
    expect(c.causes[0]).toBe('header-empty');
    expect(c.differences.filter((d) => d.section === 'auth').map((d) => d.key)).toContain('empty');
    expect(c.matters).toBe(true);
  });

  it('names a different key from its fingerprint, without any key value', () => {
    const c = compareExchanges(base, failing({ auth: { ...auth, fingerprint: '99990000', masked: 'tgp_…0000' } }));
    expect(c.causes).toEqual(['key-rejected']);
    expect(c.differences.find((d) => d.key === 'fingerprint')).toEqual({ section: 'auth', key: 'fingerprint', a: '1a2b3c4d', b: '99990000' });
  });

  it('names a doubled /v1 on one side, and a proxy on one side', () => {
    expect(compareExchanges(base, failing({ url: 'https://api.together.xyz/v1/v1/chat/completions' })).causes).toEqual(['path-duplicated']);
    expect(compareExchanges(base, failing({ proxy: 'http://proxy.corp:3128' })).causes).toEqual(['proxy-interference']);
  });

  it('shows body differences field by field, and a model with other letter case', () => {
    const c = compareExchanges(base, failing({ request: { headers: base.request.headers, body: '{"model":"M","messages":[{"role":"user","content":"hi"}]}' } }));
    expect(c.differences.find((d) => d.section === 'request-body')).toEqual({ section: 'request-body', key: 'model', a: '"m"', b: '"M"' });
    expect(c.causes).toEqual(['model-case']);
  });
});
