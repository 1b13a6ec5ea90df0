import { eventsIn, polyline, streamSeries, waterfall } from '../../../renderer/features/inspector/timing';
import { fixFor } from '../../../renderer/components/cause-fixes';
import { formatHeaderLines, parseHeaderLines } from '../../../renderer/features/settings/headers-text';
import { describe, expect, it } from 'vitest';
import { applyDelta, applyDone, finishNote, streamingMessage } from '../../../renderer/features/chat/chat-state';
import { parseBlocks, parseSpans } from '../../../renderer/components/markdown';
import { visibleRange } from '../../../renderer/components/virtual';
import { describeAuth, filterExchanges, formatBytes, formatMs, prettyBody, statusClassOf, toRow } from '../../../renderer/features/inspector/exchange-view';
import { mergeExchanges } from '../../../renderer/features/inspector/use-exchanges';
import { describeKeyStatus } from '../../../renderer/features/settings/key-status-view';
import { parseRoute, routeHash } from '../../../renderer/hooks/use-hash-route';
import type { Conversation } from '../../../electron/core/chat/types';
import type { Exchange } from '../../../electron/core/net/types';
import type { KeyStatus } from '../../../electron/core/keys/types';

const conv: Conversation = {
  id: 'c',
  title: 't',
  createdAt: 0,
  updatedAt: 0,
  providerId: 'p',
  model: 'm',
  messages: [
    { id: 'u', role: 'user', content: 'hi', createdAt: 0 },
    { id: 'a', role: 'assistant', content: 'He', createdAt: 0, status: 'streaming' },
  ],
};

describe('chat state', () => {
  it('appends deltas to the right message only', () => {
    const next = applyDelta(conv, { requestId: 'r', conversationId: 'c', messageId: 'a', text: 'llo', reasoning: 'hm' });
    expect(next.messages[1]).toMatchObject({ content: 'Hello', reasoning: 'hm' });
    expect(applyDelta(conv, { requestId: 'r', conversationId: 'other', messageId: 'a', text: 'x' })).toBe(conv);
  });
  it('replaces the streamed message with the final one', () => {
    const next = applyDone(conv, { requestId: 'r', conversationId: 'c', message: { id: 'a', role: 'assistant', content: 'Hello', createdAt: 0, status: 'done' } });
    expect(streamingMessage(next)).toBeUndefined();
    expect(streamingMessage(conv)?.id).toBe('a');
  });
  it('explains how an answer ended', () => {
    expect(finishNote({ id: 'a', role: 'assistant', content: '', createdAt: 0, finishReason: 'length' })).toMatch(/maximum length/);
    expect(finishNote({ id: 'a', role: 'assistant', content: '', createdAt: 0, finishReason: 'stop' })).toBeUndefined();
  });
});

describe('markdown', () => {
  it('splits prose and fenced code, also an unclosed fence while streaming', () => {
    expect(parseBlocks('Hi\n```ts\nconst a = 1;\n```\nBye')).toEqual([
      { kind: 'text', text: 'Hi' },
      { kind: 'code', lang: 'ts', code: 'const a = 1;', closed: true },
      { kind: 'text', text: 'Bye' },
    ]);
    expect(parseBlocks('```py\nprint(1)')).toEqual([{ kind: 'code', lang: 'py', code: 'print(1)', closed: false }]);
  });
  it('finds headings and lists', () => {
    expect(parseBlocks('# Title\nSome text\n\n- one\n- two\n  wrapped\n1. first\n2. second\nafter')).toEqual([
      { kind: 'heading', level: 1, text: 'Title' },
      { kind: 'text', text: 'Some text' },
      { kind: 'list', ordered: false, items: ['one', 'two wrapped'] },
      { kind: 'list', ordered: true, items: ['first', 'second'] },
      { kind: 'text', text: 'after' },
    ]);
  });
  it('finds links (http and https only) and emphasis, but not snake_case or a * b', () => {
    expect(parseSpans('see [docs](https://x.dev/a) and [bad](javascript:alert(1)) *now* a * b snake_case')).toEqual([
      { kind: 'text', text: 'see ' },
      { kind: 'link', text: 'docs', href: 'https://x.dev/a' },
      { kind: 'text', text: ' and [bad](javascript:alert(1)) ' },
      { kind: 'em', text: 'now' },
      { kind: 'text', text: ' a * b snake_case' },
    ]);
  });
  it('finds inline code and bold', () => {
    expect(parseSpans('use `npm` **now** ok')).toEqual([
      { kind: 'text', text: 'use ' },
      { kind: 'code', text: 'npm' },
      { kind: 'text', text: ' ' },
      { kind: 'strong', text: 'now' },
      { kind: 'text', text: ' ok' },
    ]);
  });
});

describe('virtual list', () => {
  it('renders only the visible rows plus overscan', () => {
    expect(visibleRange(0, 300, 30, 10_000, 5)).toEqual({ start: 0, end: 15 });
    expect(visibleRange(3000, 300, 30, 10_000, 5)).toEqual({ start: 95, end: 115 });
    expect(visibleRange(1e9, 300, 30, 20, 5)).toEqual({ start: 20, end: 20 });
  });
});

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
    expect(describeAuth({ header: 'Authorization', present: false, empty: true })).toEqual({ text: 'Authorization: not sent', bad: true });
    expect(describeAuth({ header: 'Authorization', present: true, empty: true, scheme: 'Bearer' }).bad).toBe(true);
    expect(describeAuth({ header: 'x-api-key', present: true, empty: false, masked: 'sk-a…bcd', length: 40, fingerprint: '12345678' })).toEqual({ text: 'x-api-key: sk-a…bcd · 40 chars · sha256 12345678', bad: false });
  });
  it('formats', () => {
    expect(formatMs(undefined)).toBe('—');
    expect(formatBytes(10)).toBe('10 B');
    expect(prettyBody('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyBody('not json')).toBe('not json');
  });
  it('merges pushed updates in place and appends new ones', () => {
    const prev = [ex('1', 200), ex('2', 200)];
    const next = mergeExchanges(prev, new Map([['2', ex('2', 500)], ['3', ex('3', 200)]]));
    expect(next.map((e) => `${e.id}:${e.response?.status}`)).toEqual(['1:200', '2:500', '3:200']);
  });
});

const status = (over: Partial<KeyStatus>): KeyStatus => ({ providerId: 'together', source: 'none', persisted: false, warnings: [], needsReentry: false, envPresent: false, envDiffers: false, envVar: 'TOGETHER_API_KEY', ...over });

describe('key status view', () => {
  it('says where the key comes from', () => {
    expect(describeKeyStatus(status({ source: 'stored', masked: 'tgp_…6789', length: 40, fingerprint: 'abcd1234' }), 'required')).toMatchObject({ label: 'Stored, encrypted', tone: 'ok' });
    expect(describeKeyStatus(status({ source: 'env' }), 'required').label).toBe('From environment variable TOGETHER_API_KEY');
    expect(describeKeyStatus(status({}), 'required')).toMatchObject({ label: 'No key', tone: 'bad' });
    expect(describeKeyStatus(status({}), 'optional')).toMatchObject({ tone: 'muted' });
    expect(describeKeyStatus(status({ needsReentry: true }), 'required').label).toBe('Needs re-entry');
  });
  it('warns when the environment variable differs', () => {
    const v = describeKeyStatus(status({ source: 'stored', envPresent: true, envDiffers: true }), 'required');
    expect(v.tone).toBe('warn');
    expect(v.details.join(' ')).toMatch(/TOGETHER_API_KEY is also set/);
  });
});

describe('routes', () => {
  it('parses and builds hashes', () => {
    expect(parseRoute('#/network/abc')).toEqual({ view: 'network', param: 'abc' });
    expect(parseRoute('#token=xyz')).toEqual({ view: 'chat' });
    expect(parseRoute('')).toEqual({ view: 'chat' });
    expect(routeHash({ view: 'settings', param: 'together' })).toBe('#/settings/together');
  });
});


describe('extra headers text', () => {
  it('parses Name: value lines and reports bad ones', () => {
    expect(parseHeaderLines('X-Title: Switchboard\n\nHTTP-Referer: https://a.b/c:d\nbad line')).toEqual({
      headers: { 'X-Title': 'Switchboard', 'HTTP-Referer': 'https://a.b/c:d' },
      errors: ['Line 4: expected "Name: value"'],
    });
    expect(formatHeaderLines({ A: '1', B: '2' })).toBe('A: 1\nB: 2');
  });
});

describe('cause fixes', () => {
  it('offers the mechanical fix where there is one, else the settings', () => {
    expect(fixFor('key-whitespace', 'Together AI')).toEqual({ kind: 'key-fix', label: 'Trim the key', fix: 'trim' });
    expect(fixFor('host-no-scheme', 'Together AI')).toEqual({ kind: 'set-base-url', label: 'Add https://' });
    expect(fixFor('model-case', 'Together AI')?.kind).toBe('pick-model');
    expect(fixFor('key-missing', 'Together AI')).toEqual({ kind: 'open-settings', label: 'Open Together AI settings' });
    expect(fixFor('rate-limited', 'Together AI')).toBeUndefined();
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
