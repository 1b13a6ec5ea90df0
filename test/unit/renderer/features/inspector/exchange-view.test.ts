import { describe, expect, it } from 'vitest';
import { testT } from '../../../../support/i18n';
import { keyText } from '../../../../../renderer/components/label-text';
import { describeAuth, filterExchanges, formatBytes, formatMs, prettyBody, statusClassOf, toRow } from '../../../../../renderer/features/inspector/exchange-view';
import { eventsIn, polyline, streamSeries, waterfall } from '../../../../../renderer/features/inspector/timing';
import type { Exchange } from '../../../../../electron/shared/exchange';

const ex = (id: string, status: number | undefined, extra: Partial<Exchange> = {}): Exchange => ({
  id,
  startedAt: 0,
  purpose: 'chat',
  providerId: 'together',
  method: 'POST',
  url: 'https://api.together.xyz/v1/chat/completions',
  request: { headers: {} },
  ...(status ? { response: { status, statusText: '', headers: {} } } : {}),
  timing: { ttfbMs: 120, totalMs: 2500 },
  size: 2048,
  state: status ? 'done' : 'failed',
  auth: { header: 'Authorization', present: true, empty: false },
  ...extra,
});

describe('exchange view', () => {
  it('makes rows', () => {
    expect(toRow(ex('a', 401))).toMatchObject({ host: 'api.together.xyz', path: '/v1/chat/completions', status: '401', statusClass: '4xx', ttfb: '120 ms', duration: '2.50 s', size: '2.0 KB', failed: true });
    expect(statusClassOf(ex('b', undefined))).toBe('failed');
  });
  it('filters by text, provider and status class, newest first', () => {
    const list = [ex('1', 200), ex('2', 401), ex('3', 200, { providerId: 'groq', url: 'https://api.groq.com/openai/v1/models' })];
    expect(filterExchanges(list, { text: '', providerId: '', statusClass: '' }).map((e) => e.id)).toEqual(['3', '2', '1']);
    expect(filterExchanges(list, { text: 'groq', providerId: '', statusClass: '' }).map((e) => e.id)).toEqual(['3']);
    expect(filterExchanges(list, { text: '', providerId: 'together', statusClass: '4xx' }).map((e) => e.id)).toEqual(['2']);
  });
  it('describes the auth row, red when missing or empty', () => {
    expect(describeAuth({ header: 'Authorization', present: false, empty: true })).toEqual({ key: 'inspector.authNotSent', values: { header: 'Authorization' }, bad: true });
    expect(describeAuth({ header: 'Authorization', present: true, empty: true, scheme: 'Bearer' }).bad).toBe(true);
    const sent = describeAuth({ header: 'x-api-key', present: true, empty: false, masked: 'sk-a…bcd', length: 40, fingerprint: '12345678' });
    expect(sent).toEqual({ key: 'inspector.authSent', values: { header: 'x-api-key', scheme: '', masked: 'sk-a…bcd', length: '40', fingerprint: '12345678' }, bad: false });
    expect(keyText(testT(), sent.key, sent.values)).toBe('x-api-key: sk-a…bcd · 40 chars · sha256 12345678');
  });
  it('formats', () => {
    expect(formatMs(undefined)).toBe('—');
    expect(formatBytes(10)).toBe('10 B');
    expect(prettyBody('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyBody('not json')).toBe('not json');
  });
});

describe('timing picture', () => {
  const base = ex('t', 200, { timing: { ttfbMs: 250, totalMs: 1000 } });
  it('splits waiting and receiving', () => {
    expect(waterfall(base)).toEqual({ waitMs: 250, receiveMs: 750, totalMs: 1000, waitPct: 25 });
    expect(waterfall(ex('u', undefined, { timing: {} }))).toBeUndefined();
  });
  it('counts stream events over time and their rate', () => {
    const s = streamSeries([
      { t: 300, data: 'data: {"a":1}\n\ndata: {"a":2}\n\n' },
      { t: 800, data: ': keep-alive\n\n' },
      { t: 1300, data: 'data: {"a":3}\n\n' },
    ]);
    expect(s).toEqual({ points: [{ t: 300, n: 2 }, { t: 1300, n: 3 }], perSecond: 1, firstMs: 300, lastMs: 1300 });
    expect(eventsIn('{"x":1}\n{"y":2}\n')).toBe(2);
    expect(polyline([{ t: 0, n: 0 }, { t: 10, n: 5 }], 100, 50)).toBe('0.0,50.0 100.0,0.0');
  });
});
