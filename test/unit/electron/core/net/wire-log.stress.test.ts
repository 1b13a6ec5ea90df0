import { describe, expect, it } from 'vitest';
import { RecordingFetch } from '../../../../../electron/core/net/recording-fetch';
import { WireLog } from '../../../../../electron/core/net/wire-log';
import { filterExchanges } from '../../../../../renderer/features/inspector/exchange-view';
import { FakeClock, sequentialIds } from '../../../../support/fakes';

// Memory is bounded by construction: at most maxEntries exchanges, each with at most maxBodyChars
// of body per direction. This drives the real recording path past both caps and checks exactly that.
describe('wire log at its caps', () => {
  it('keeps 10,000 exchanges with capped bodies however many pass through, and still filters', async () => {
    const maxEntries = 10_000;
    const maxBodyChars = 2_000;
    // The total is lifted so the entry cap is the one reached here (the next test takes the total).
    const log = new WireLog({ maxEntries, maxBodyChars, maxTotalChars: maxEntries * 2 * maxBodyChars });
    const clock = new FakeClock();
    const big = 'x'.repeat(20_000);
    const http = new RecordingFetch(async (url) => new Response(`{"url":"${url}","pad":"${big}"}`, { status: url.endsWith('7') ? 500 : 200, headers: { 'content-type': 'application/json' } }), log, clock, sequentialIds('ex'));
    const total = 15_000;
    for (let i = 0; i < total; i++) {
      const { response } = await http.fetch({ url: `https://h${i % 13}.example/v1/models/${i}`, method: 'POST', headers: {}, body: big }, { purpose: 'models', authHeader: 'Authorization', providerId: i % 2 ? 'groq' : 'together' });
      await response.arrayBuffer();
    }
    expect(log.size).toBe(maxEntries);
    let retained = 0;
    for (const e of log.list()) retained += (e.request.body?.length ?? 0) + (e.response?.body?.length ?? 0);
    expect(retained).toBeLessThanOrEqual(maxEntries * 2 * maxBodyChars);
    expect(log.list().every((e) => e.response?.bodyTruncated && e.request.bodyTruncated)).toBe(true);
    expect(log.list()[0]!.id).toBe(`ex-${total - maxEntries + 1}`);

    const hits = filterExchanges(log.list(), { text: 'h7.example', providerId: 'groq', statusClass: '5xx' });
    const expected = log.list().filter((e) => e.url.includes('h7.example') && e.providerId === 'groq' && e.response?.status === 500);
    expect(hits.map((e) => e.id).sort()).toEqual(expected.map((e) => e.id).sort());
    expect(hits.length).toBeGreaterThan(0);
  }, 60_000);
  it('keeps no more body characters than its total, dropping the oldest exchanges, never the newest', async () => {
    const log = new WireLog({ maxEntries: 500, maxBodyChars: 64 * 1024, maxTotalChars: 100_000 });
    const clock = new FakeClock();
    const http = new RecordingFetch(async () => new Response('{"ok":true}', { status: 200, headers: { 'content-type': 'application/json' } }), log, clock, sequentialIds('ex'));
    // A long conversation: every request carries more history than the one before.
    for (let i = 1; i <= 300; i++) {
      const { response } = await http.fetch({ url: 'https://h.example/v1/chat', method: 'POST', headers: {}, body: 'h'.repeat(i * 1_000) }, { purpose: 'chat', authHeader: 'Authorization' });
      await response.arrayBuffer();
    }
    let retained = 0;
    for (const e of log.list()) retained += (e.request.body?.length ?? 0) + (e.response?.body?.length ?? 0);
    expect(retained).toBeLessThanOrEqual(100_000);
    expect(log.list().at(-1)!.id).toBe('ex-300');
    // One exchange over the whole total is still kept, alone.
    await (await http.fetch({ url: 'https://h.example/v1/chat', method: 'POST', headers: {}, body: 'h'.repeat(200_000) }, { purpose: 'chat', authHeader: 'Authorization' })).response.arrayBuffer();
    expect(log.list().map((e) => e.id)).toEqual(['ex-301']);
  });
});
