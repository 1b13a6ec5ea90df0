import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ChatEvent, StreamDecoder } from '../../electron/core/providers/types';
import { accumulate, compactToolCalls, emptyAccumulated } from '../../electron/core/chat/accumulate';

/** Bytes of a project fixture under test/fixtures. */
export function fixtureBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve('test/fixtures', path)));
}

/** Splits bytes at the given offsets (sorted, deduplicated, in range). */
export function splitAt(bytes: Uint8Array, offsets: number[]): Uint8Array[] {
  const cuts = [...new Set(offsets.map((o) => Math.max(0, Math.min(bytes.length, o))))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let last = 0;
  for (const c of [...cuts, bytes.length]) {
    if (c > last) out.push(bytes.subarray(last, c));
    last = c;
  }
  return out;
}

/** Feeds byte pieces through a streaming UTF-8 decoder into a stream decoder, as the network would. */
export function replay(decoder: StreamDecoder, pieces: Uint8Array[]) {
  const text = new TextDecoder();
  const events: ChatEvent[] = [];
  for (const p of pieces) events.push(...decoder.push(text.decode(p, { stream: true })));
  const tail = text.decode();
  if (tail) events.push(...decoder.push(tail));
  events.push(...decoder.end());
  const acc = emptyAccumulated();
  for (const e of events) accumulate(acc, e);
  return { events, ...acc, toolCalls: compactToolCalls(acc.toolCalls) };
}
