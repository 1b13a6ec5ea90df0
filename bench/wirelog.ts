import { WireLog } from '../electron/core/net/wire-log';
import type { Exchange } from '../electron/shared/exchange';
import { filterExchanges } from '../renderer/features/inspector/exchange-view';
import { median, type BenchResult } from './util';

/** Filtering a full wire log (10,000 exchanges) by text. */
export async function benchWireLog(): Promise<BenchResult> {
  const log = new WireLog({ maxEntries: 10_000 });
  for (let i = 0; i < 12_000; i++) {
    const e: Exchange = {
      id: `e${i}`,
      startedAt: i,
      purpose: 'chat',
      providerId: ['together', 'groq', 'openai'][i % 3]!,
      method: 'POST',
      url: `https://api${i % 17}.example.com/v1/chat/completions?i=${i}`,
      request: { headers: { authorization: 'Bearer x…y (40 chars, sha256 00000000)' }, body: 'x'.repeat(500) },
      response: { status: i % 11 ? 200 : 401, statusText: '', headers: {}, body: 'y'.repeat(500) },
      timing: { ttfbMs: 100, totalMs: 900 },
      state: 'done',
      auth: { header: 'Authorization', present: true, empty: false },
    };
    log.upsert(e);
  }
  const list = log.list();
  const runs: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    filterExchanges(list, { text: `api${i % 17}.example`, providerId: '', statusClass: '' });
    runs.push(performance.now() - t);
  }
  const m = median(runs.slice(5));
  return { name: 'wire log: filter 10,000 exchanges by text', value: `${m.toFixed(2)} ms (kept ${log.size} of 12,000)`, budget: '<= 16 ms', pass: m <= 16 && log.size === 10_000 };
}
