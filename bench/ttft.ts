import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DeltaBatcher } from '../electron/core/chat/delta-batcher';
import { runChat } from '../electron/core/chat/run-chat';
import { randomId, systemClock } from '../electron/core/clock';
import { RecordingFetch } from '../electron/core/net/recording-fetch';
import { WireLog } from '../electron/core/net/wire-log';
import { openAiChat } from '../electron/core/providers/openai-chat';
import { findPreset } from '../electron/core/providers/registry';
import { resolveTarget } from '../electron/core/providers/provider-settings';
import { median, type BenchResult } from './util';

/** Time to first token added by the pipeline (recording fetch + parse + push batching) over bare fetch. */
export async function benchTtft(): Promise<BenchResult> {
  const first = 'data: {"choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]}\n\n';
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write(first);
    setTimeout(() => res.end('data: [DONE]\n\n'), 5);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  const target = resolveTarget(findPreset('together')!, { baseUrl: base }, 'bench-key-000000000000', 'bench');

  const bare = async () => {
    const t = performance.now();
    const req = openAiChat.chatRequest(target, [{ role: 'user', content: 'hi' }], true);
    const res = await fetch(req.url, { method: 'POST', headers: req.headers, body: req.body! });
    const reader = res.body!.getReader();
    await reader.read(); // the first bytes: the token is in them
    const elapsed = performance.now() - t;
    // Read to the end, as the pipeline does: cancelling makes fetch drop the keep-alive socket, and
    // the pipeline's next request would then pay for a new connection that bare never does.
    while (!(await reader.read()).done);
    return elapsed;
  };
  const pipeline = async () => {
    const log = new WireLog();
    const http = new RecordingFetch((i, init) => fetch(i, init), log, systemClock, randomId);
    let firstAt = 0;
    const batcher = new DeltaBatcher(() => {
      firstAt ||= performance.now();
    });
    const t = performance.now();
    await runChat({
      http,
      adapter: openAiChat,
      target,
      messages: [{ role: 'user', content: 'hi' }],
      stream: true,
      onEvent: (e) => {
        if (e.type === 'text') batcher.add({ requestId: 'r', conversationId: 'c', messageId: 'm', text: e.text });
      },
    });
    batcher.flush();
    return firstAt - t;
  };
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < 20; i++) {
    await bare();
    await pipeline();
  }
  for (let i = 0; i < 200; i++) {
    a.push(await bare());
    b.push(await pipeline());
  }
  server.close();
  const overhead = median(b) - median(a);
  return {
    name: 'time to first token added by the pipeline',
    value: `${overhead.toFixed(3)} ms (bare ${median(a).toFixed(2)} ms, pipeline ${median(b).toFixed(2)} ms, median of 200)`,
    budget: '<= 0.3 ms median',
    pass: overhead <= 0.3,
    figure: overhead,
    unit: 'ms',
  };
}
