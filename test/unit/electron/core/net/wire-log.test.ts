import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, WireLog, isFailure, totalCharsFor } from '../../../../../electron/core/net/wire-log';
import type { Exchange } from '../../../../../electron/shared/exchange';

const ex = (id: string, status = 200, state: Exchange['state'] = 'done'): Exchange => ({
  id,
  startedAt: 0,
  purpose: 'chat',
  method: 'POST',
  url: `https://h/${id}`,
  request: { headers: {} },
  response: { status, statusText: '', headers: {} },
  timing: {},
  state,
  auth: { header: 'Authorization', present: true, empty: false },
});

describe('wire log', () => {
  it('keeps at most maxEntries, dropping the oldest first', () => {
    const log = new WireLog({ maxEntries: 100 });
    for (let i = 0; i < 1000; i++) log.upsert(ex(`e${i}`));
    expect(log.size).toBe(100);
    expect(log.list()[0]!.id).toBe('e900');
    expect(log.get('e899')).toBeUndefined();
  });
  it('updates an entry in place without growing', () => {
    const log = new WireLog();
    log.upsert(ex('a', 200, 'streaming'));
    log.upsert(ex('a', 200, 'done'));
    expect(log.size).toBe(1);
    expect(log.get('a')!.state).toBe('done');
  });
  it('shrinks at once when the cap is lowered', () => {
    const log = new WireLog();
    for (let i = 0; i < 50; i++) log.upsert(ex(`e${i}`));
    log.setLimits({ maxEntries: 10 });
    expect(log.size).toBe(10);
  });
  it('records nothing when off and only failures at the errors level', () => {
    const off = new WireLog({ level: 'off' });
    off.upsert(ex('a'));
    expect(off.size).toBe(0);
    const errors = new WireLog({ level: 'errors' });
    errors.upsert(ex('ok'));
    errors.upsert(ex('bad', 401));
    expect(errors.list().map((e) => e.id)).toEqual(['bad']);
  });
  it('tells subscribers about changes and clears', () => {
    const log = new WireLog();
    const seen: string[] = [];
    const off = log.subscribe((e) => seen.push(e.kind === 'upsert' ? e.exchange.id : 'clear'));
    log.upsert(ex('a'));
    log.clear();
    off();
    log.upsert(ex('b'));
    expect(seen).toEqual(['a', 'clear']);
  });
  it('classifies failures', () => {
    expect(isFailure(ex('a', 200))).toBe(false);
    expect(isFailure(ex('a', 404))).toBe(true);
    expect(isFailure({ ...ex('a'), response: undefined, state: 'failed' })).toBe(true);
  });
});

describe('the total body cap', () => {
  it('is 4 Mi characters by default and grows with the caps a user raises', () => {
    expect(totalCharsFor(DEFAULT_LIMITS)).toBe(4 * 1024 * 1024);
    expect(totalCharsFor({ ...DEFAULT_LIMITS, maxEntries: 10_000 })).toBe(10_000 * 8 * 1024);
    expect(totalCharsFor({ ...DEFAULT_LIMITS, maxBodyChars: 1024 * 1024 })).toBe(64 * 1024 * 1024);
    expect(totalCharsFor({ ...DEFAULT_LIMITS, maxTotalChars: 1000 })).toBe(1000);
  });
});
