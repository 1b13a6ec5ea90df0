import { describe, expect, it } from 'vitest';
import { RecordingFetch } from '../../../../../electron/core/net/recording-fetch';
import { WireLog } from '../../../../../electron/core/net/wire-log';
import { FakeClock, sequentialIds } from '../../../../support/fakes';

describe('recording fetch and abort', () => {
  it('stops the body at once even when the underlying fetch ignores the signal', async () => {
    // A body that never ends and never looks at any signal, like a fetch that does not tear down on abort.
    const endless = new ReadableStream<Uint8Array>({
      pull: (c) => new Promise((r) => setTimeout(() => r(c.enqueue(new TextEncoder().encode('data: {"x":1}\n\n'))), 5)),
    });
    const log = new WireLog();
    const http = new RecordingFetch(async () => new Response(endless, { headers: { 'content-type': 'text/event-stream' } }), log, new FakeClock(), sequentialIds());
    const controller = new AbortController();
    const { response, exchange } = await http.fetch({ url: 'https://h/x', method: 'POST', headers: {} }, { purpose: 'chat', authHeader: 'Authorization' }, controller.signal);
    const reader = response.body!.getReader();
    await reader.read();
    controller.abort();
    await expect(reader.read()).rejects.toThrow();
    expect(exchange.state).toBe('aborted');
  });
});
