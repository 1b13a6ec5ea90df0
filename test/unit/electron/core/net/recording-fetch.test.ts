import { describe, expect, it } from 'vitest';
import { NetworkError, RecordingFetch, type FetchLike } from '../../../../../electron/core/net/recording-fetch';
import { WireLog } from '../../../../../electron/core/net/wire-log';
import { CANARY_KEY } from '../../../../support/canary';
import { FakeClock, sequentialIds } from '../../../../support/fakes';

// Each chunk "arrives" 10 ms after the previous one is read.
const streamOf = (parts: string[], clock: FakeClock) => {
  const queue = [...parts];
  return new ReadableStream<Uint8Array>({
    pull(c) {
      const next = queue.shift();
      if (next === undefined) return c.close();
      clock.advance(10);
      c.enqueue(new TextEncoder().encode(next));
    },
  }, { highWaterMark: 0 });
};

describe('recording fetch', () => {
  it('records a redacted stream with arrival times, TTFB, total time and size', async () => {
    const clock = new FakeClock();
    const fetchLike: FetchLike = async () => {
      clock.advance(40);
      return new Response(streamOf([`data: {"echo":"${CANARY_KEY}"}\n\n`, 'data: [DONE]\n\n'], clock), { status: 200, headers: { 'content-type': 'text/event-stream' } });
    };
    const log = new WireLog();
    const http = new RecordingFetch(fetchLike, log, clock, sequentialIds());
    const { response, exchange } = await http.fetch(
      { url: 'https://api.together.xyz/v1/chat/completions', method: 'POST', headers: { Authorization: `Bearer ${CANARY_KEY}` }, body: `{"k":"${CANARY_KEY}"}` },
      { providerId: 'together', purpose: 'chat', authHeader: 'Authorization' },
    );
    expect(await response.text()).toContain(CANARY_KEY); // the caller gets the real bytes
    expect(exchange.state).toBe('done');
    expect(exchange.timing.ttfbMs).toBe(40);
    expect(exchange.timing.totalMs).toBe(60);
    expect(exchange.response!.chunks!.map((c) => c.t)).toEqual([50, 60]);
    expect(exchange.response!.chunks!.map((c) => c.data).join('')).toContain('tgp_…6789');
    expect(exchange.size).toBeGreaterThan(20);
    expect(exchange.auth).toMatchObject({ present: true, empty: false, masked: 'tgp_…6789' });
    expect(JSON.stringify(log.list())).not.toContain(CANARY_KEY);
  });

  it('caps recorded bodies and marks them truncated', async () => {
    const clock = new FakeClock();
    const big = 'x'.repeat(5000);
    const http = new RecordingFetch(async () => new Response(big, { status: 200, headers: { 'content-type': 'application/json' } }), new WireLog({ maxBodyChars: 100 }), clock, sequentialIds());
    const { response, exchange } = await http.fetch({ url: 'https://h/x', method: 'GET', headers: {} }, { purpose: 'models', authHeader: 'Authorization' });
    expect((await response.text()).length).toBe(5000);
    expect(exchange.response!.body!.length).toBe(100);
    expect(exchange.response!.bodyTruncated).toBe(true);
    expect(exchange.size).toBe(5000);
  });

  it('records each request body as sent when a long conversation repeats the capped prefix', async () => {
    // Requests that carry the same history past the cap share one kept body; each must still read
    // as its own request, whether its prefix repeats, changes, or it fits under the cap.
    const log = new WireLog({ maxBodyChars: 100 });
    const http = new RecordingFetch(async () => new Response('{}', { headers: { 'content-type': 'application/json' } }), log, new FakeClock(), sequentialIds());
    const history = 'h'.repeat(150);
    const bodies = [`${history}1`, `${history}12`, `x${history}`, 'short', 'short', `${history}123`];
    const kept = [];
    for (const body of bodies) {
      const { response, exchange } = await http.fetch({ url: 'https://h/v1/chat/completions', method: 'POST', headers: {}, body }, { purpose: 'chat', authHeader: 'Authorization' });
      await response.text();
      kept.push(exchange.request);
    }
    expect(kept.map((r) => r.body)).toEqual(bodies.map((b) => b.slice(0, 100)));
    expect(kept.map((r) => r.bodyTruncated ?? false)).toEqual([true, true, true, false, false, true]);
  });

  it('records a connection failure with its code and throws NetworkError', async () => {
    const failing: FetchLike = async () => {
      throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:9' } });
    };
    const log = new WireLog();
    const http = new RecordingFetch(failing, log, new FakeClock(), sequentialIds());
    const error = await http.fetch({ url: 'http://127.0.0.1:9/v1/models', method: 'GET', headers: {} }, { purpose: 'models', authHeader: 'Authorization' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).code).toBe('ECONNREFUSED');
    expect((error as NetworkError).kind).toBe('refused');
    expect(log.list()[0]).toMatchObject({ state: 'failed', error: 'Connection refused: connect ECONNREFUSED 127.0.0.1:9' });
  });

  it('keeps no bodies at the info level', async () => {
    const http = new RecordingFetch(async () => new Response('{"a":1}', { headers: { 'content-type': 'application/json' } }), new WireLog({ level: 'info' }), new FakeClock(), sequentialIds());
    const { response, exchange } = await http.fetch({ url: 'https://h/x', method: 'POST', headers: {}, body: '{}' }, { purpose: 'chat', authHeader: 'Authorization' });
    await response.text();
    expect(exchange.request.body).toBeUndefined();
    expect(exchange.response!.body).toBeUndefined();
  });
});
