import { Stream } from 'openai/streaming';
import { createOpenAI } from '@ai-sdk/openai';
import { createAnthropic } from '@ai-sdk/anthropic';
import { createGoogleGenerativeAI } from '@ai-sdk/google';
import type { LanguageModelV3 } from '@ai-sdk/provider';
import { readAnswer } from '../electron/core/chat/read-answer';
import { DEFAULT_TIMEOUTS, watchdog } from '../electron/core/net/timeouts';
import { openAiChat } from '../electron/core/providers/openai-chat';
import { anthropic } from '../electron/core/providers/anthropic';
import { openAiResponses } from '../electron/core/providers/openai-responses';
import { gemini } from '../electron/core/providers/gemini';
import type { ProtocolAdapter } from '../electron/core/providers/types';
import { BENCH_PROTOCOLS, streamBody, type BenchProtocol } from './stream-bodies';
import { chunkedResponse, median, type BenchOptions, type BenchResult } from './util';

const ADAPTERS: Record<BenchProtocol, ProtocolAdapter> = { 'openai-chat': openAiChat, anthropic, 'openai-responses': openAiResponses, gemini };

const LABELS: Record<BenchProtocol, string> = { 'openai-chat': 'OpenAI chat', anthropic: 'Anthropic', 'openai-responses': 'OpenAI Responses', gemini: 'Gemini' };

// Switchboard's production path: the same reader the chat uses (TextDecoder, the protocol's decoder, the idle watchdog).
async function ours(protocol: BenchProtocol, bytes: Uint8Array): Promise<number> {
  let events = 0;
  const dog = watchdog(DEFAULT_TIMEOUTS);
  await readAnswer(chunkedResponse(bytes), ADAPTERS[protocol], true, () => events++, dog);
  dog.stop();
  return events;
}

// The official openai SDK's SSE reader: it yields each data payload as parsed JSON (any protocol's SSE).
async function openAiSdk(_protocol: BenchProtocol, bytes: Uint8Array): Promise<number> {
  let chunks = 0;
  for await (const _chunk of Stream.fromSSEResponse(chunkedResponse(bytes), new AbortController())) chunks++;
  return chunks;
}

// The Vercel AI SDK's provider for the protocol, answering from the same bytes through its `fetch` option.
function aiSdkModel(protocol: BenchProtocol, bytes: Uint8Array): LanguageModelV3 {
  const options = { apiKey: 'bench-key-0000000000000000', fetch: async () => chunkedResponse(bytes) };
  switch (protocol) {
    case 'openai-chat':
      return createOpenAI(options).chat('bench');
    case 'openai-responses':
      return createOpenAI(options).responses('bench');
    case 'anthropic':
      return createAnthropic(options)('bench');
    case 'gemini':
      return createGoogleGenerativeAI(options)('bench');
  }
}

async function aiSdk(protocol: BenchProtocol, bytes: Uint8Array): Promise<number> {
  const { stream } = await aiSdkModel(protocol, bytes).doStream({ prompt: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }] });
  let parts = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done } = await reader.read();
    if (done) break;
    parts++;
  }
  return parts;
}

// The practical limit: JSON.parse of every payload, already cut out of the stream (outside the
// timing): no reading, decoding or framing at all.
const payloadCache = new WeakMap<Uint8Array, string[]>();
function payloads(bytes: Uint8Array): string[] {
  let list = payloadCache.get(bytes);
  if (!list) payloadCache.set(bytes, (list = new TextDecoder().decode(bytes).split(/\r?\n/).filter((l) => l.startsWith('data: {')).map((l) => l.slice(6))));
  return list;
}

async function jsonOnly(_protocol: BenchProtocol, bytes: Uint8Array): Promise<number> {
  let n = 0;
  for (const payload of payloads(bytes)) n += JSON.parse(payload) ? 1 : 0;
  return n;
}

type Contestant = (protocol: BenchProtocol, bytes: Uint8Array) => Promise<number>;

// Median time of each contestant, run in alternating rounds so a slow moment of the machine does not favour one side.
async function timeAll(contestants: Contestant[], protocol: BenchProtocol, bytes: Uint8Array, runs: number): Promise<number[]> {
  const times = contestants.map((): number[] => []);
  for (let round = -2; round < runs; round++) {
    for (const [i, fn] of contestants.entries()) {
      const t = performance.now();
      await fn(protocol, bytes);
      if (round >= 0) times[i]!.push(performance.now() - t); // the first two rounds warm up the JIT
    }
  }
  return times.map(median);
}

/** Stream parse throughput per protocol: Switchboard vs the openai SDK and the Vercel AI SDK on the same bytes, and the JSON.parse limit. */
export async function benchParse(options: BenchOptions): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const protocol of BENCH_PROTOCOLS) {
    const bytes = new TextEncoder().encode(streamBody(protocol, options.quick ? 2_000 : 20_000));
    const runs = options.quick ? 3 : 9;
    const [a, b, c, limit] = (await timeAll([ours, openAiSdk, aiSdk, jsonOnly], protocol, bytes, runs)) as [number, number, number, number];
    const mbps = (ms: number) => (bytes.length / 1024 / 1024 / (ms / 1000)).toFixed(1);
    const vsOpenAi = b / a;
    const vsAiSdk = c / a;
    results.push({
      name: `stream parse throughput (${LABELS[protocol]}) vs the openai SDK and the Vercel AI SDK`,
      value: `${mbps(a)} MB/s: ${vsOpenAi.toFixed(2)}x the openai SDK (${mbps(b)}), ${vsAiSdk.toFixed(2)}x the AI SDK (${mbps(c)}); ${((limit / a) * 100).toFixed(0)}% of JSON.parse alone over the payloads (${mbps(limit)})`,
      budget: '>= 4x the openai SDK, >= 2x the AI SDK',
      pass: vsOpenAi >= 4 && vsAiSdk >= 2,
      figure: vsOpenAi,
      unit: 'x',
    });
  }
  return results;
}
