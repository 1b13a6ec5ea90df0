import { Stream } from 'openai/streaming';
import { createOpenAiChatDecoder } from '../electron/core/providers/openai-chat';
import { chunkedResponse, median, sseBody, type BenchResult } from './util';

async function ours(bytes: Uint8Array): Promise<number> {
  const decoder = createOpenAiChatDecoder();
  const reader = chunkedResponse(bytes).body!.pipeThrough(new TextDecoderStream()).getReader();
  let events = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    events += decoder.push(value).length;
  }
  return events + decoder.end().length;
}

async function sdk(bytes: Uint8Array): Promise<number> {
  let chunks = 0;
  for await (const _chunk of Stream.fromSSEResponse(chunkedResponse(bytes), new AbortController())) chunks++;
  return chunks;
}

// The practical limit: JSON.parse of every data line, nothing else.
async function jsonOnly(bytes: Uint8Array): Promise<number> {
  let n = 0;
  for (const line of new TextDecoder().decode(bytes).split('\n')) if (line.startsWith('data: {')) n += JSON.parse(line.slice(6)) ? 1 : 0;
  return n;
}

/** Stream parse throughput: Switchboard's decoder vs the official openai SDK on the same bytes, and the JSON.parse limit. */
export async function benchParse(): Promise<BenchResult> {
  const bytes = new TextEncoder().encode(sseBody(20_000));
  const time = async (fn: (b: Uint8Array) => Promise<number>) => {
    const runs: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      await fn(bytes);
      runs.push(performance.now() - t);
    }
    return median(runs.slice(2)); // the first runs warm up the JIT
  };
  await ours(bytes);
  await sdk(bytes);
  const a = await time(ours);
  const b = await time(sdk);
  const limit = await time(jsonOnly);
  const mb = bytes.length / 1024 / 1024;
  const ratio = b / a;
  return {
    name: 'stream parse throughput (OpenAI chat) vs the openai SDK',
    value: `${(mb / (a / 1000)).toFixed(1)} MB/s vs ${(mb / (b / 1000)).toFixed(1)} MB/s (${ratio.toFixed(2)}x); ${((limit / a) * 100).toFixed(0)}% of a bare JSON.parse loop (${(mb / (limit / 1000)).toFixed(1)} MB/s)`,
    budget: '>= 4x the openai SDK',
    pass: ratio >= 4,
    figure: ratio,
    unit: 'x',
  };
}
