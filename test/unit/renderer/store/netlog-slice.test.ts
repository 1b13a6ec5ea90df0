import { describe, expect, it } from 'vitest';
import { mergeExchanges } from '../../../../renderer/store/netlog-slice';
import { createAppStore } from '../../../../renderer/store/store';
import type { Api } from '../../../../renderer/api/client';
import { exchange } from '../../../support/builders';

describe('the wire log in the window', () => {
  it('merges pushed updates in place and appends new ones', () => {
    const prev = [exchange({ id: '1' }), exchange({ id: '2' })];
    const next = mergeExchanges(prev, new Map([['2', exchange({ id: '2', response: { status: 500, statusText: '', headers: {} } })], ['3', exchange({ id: '3' })]]));
    expect(next.map((e) => `${e.id}:${e.response?.status}`)).toEqual(['1:200', '2:500', '3:200']);
  });
  it('applies pushes once per frame, however many arrive', () => {
    const frames: (() => void)[] = [];
    const store = createAppStore({} as Api, (flush) => frames.push(flush));
    let renders = 0;
    store.subscribe(() => renders++);
    for (let i = 0; i < 50; i++) store.getState().receiveExchange(exchange({ id: `x${i % 10}` }));
    expect(frames).toHaveLength(1);
    expect(store.getState().exchanges).toEqual([]);
    frames[0]!();
    expect(store.getState().exchanges).toHaveLength(10);
    expect(renders).toBe(1);
  });
});
