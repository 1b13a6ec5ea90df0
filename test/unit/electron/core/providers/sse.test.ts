import { describe, expect, it } from 'vitest';
import { createParser } from 'eventsource-parser';
import { createSseFramer, type SseSink } from '../../../../../electron/core/providers/sse';

interface SseEvent {
  event?: string;
  data: string;
}

// The reference: eventsource-parser, a well-tested implementation of the WHATWG event-stream rules.
function reference(stream: string): SseEvent[] {
  const out: SseEvent[] = [];
  const parser = createParser({ onEvent: (e) => out.push(e.event ? { event: e.event, data: e.data } : { data: e.data }) });
  parser.feed(stream);
  parser.feed('\n\n');
  return out;
}

function framed(chunks: string[]): SseEvent[] {
  const framer = createSseFramer();
  const out: SseEvent[] = [];
  const sink: SseSink = (data, event) => out.push(event === undefined ? { data } : { event, data });
  for (const chunk of chunks) framer.push(chunk, sink);
  framer.end(sink);
  return out;
}

// A small deterministic generator, so a failure names a seed that reproduces it.
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function splitRandomly(text: string, next: () => number): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; ) {
    const size = 1 + Math.floor(next() * 12);
    chunks.push(text.slice(i, i + size));
    i += size;
  }
  return chunks;
}

const LINE_ENDS = ['\n', '\r\n', '\r'];
const LINES = ['data: {"a":1}', 'data:{"b":"x y"}', 'data', 'data: ', 'data:  two spaces', 'event: delta', 'event:', 'event', ': keep-alive', ':', 'id: 7', 'retry: 100', 'unknown: field', 'data: [DONE]', 'data: 雪 ☃', ''];

function randomStream(next: () => number): string {
  let out = next() < 0.2 ? '\uFEFF' : '';
  const lines = 5 + Math.floor(next() * 25);
  for (let i = 0; i < lines; i++) out += LINES[Math.floor(next() * LINES.length)]! + LINE_ENDS[Math.floor(next() * LINE_ENDS.length)]!;
  return out;
}

describe('createSseFramer', () => {
  it('reads LF, CRLF and CR line ends, comments, multi-line data and event names', () => {
    expect(framed([': ping\r\nevent: a\r\ndata: 1\r\ndata:2\r\n\r\ndata: x\rdata: y\r\rdata: z\n\n'])).toEqual([
      { event: 'a', data: '1\n2' },
      { data: 'x\ny' },
      { data: 'z' },
    ]);
  });

  it('treats a CRLF split across two chunks as one line end, not a blank line', () => {
    expect(framed(['data: 1\r', '\ndata: 2\r\n\r', '\n'])).toEqual([{ data: '1\n2' }]);
  });

  it('ends an unfinished line with a CR that closes a chunk, and skips the LF opening the next', () => {
    expect(framed(['data: 1', '\r', '\ndata: 2\r\n', '\r\n'])).toEqual([{ data: '1\n2' }]);
    expect(framed(['da', 'ta: 1\r', '\n', '\r\ndata: 3\n\n'])).toEqual([{ data: '1' }, { data: '3' }]);
  });

  it('reads a final event without its closing blank line, and drops a leading BOM', () => {
    expect(framed(['\uFEFFdata: last'])).toEqual([{ data: 'last' }]);
  });

  it('joins one long line that arrives in many small chunks', () => {
    const payload = 'x'.repeat(10_000);
    const chunks = ['data: ', ...payload.match(/.{1,7}/g)!, '\n\n'];
    expect(framed(chunks)).toEqual([{ data: payload }]);
  });

  it('starts clean after a sink that threw: no half event is joined to the next one', () => {
    const framer = createSseFramer();
    expect(() =>
      framer.push('data: {"boom":1}\n\n', () => {
        throw new Error('mapper failed');
      }),
    ).toThrow('mapper failed');
    const out: string[] = [];
    framer.push('data: {"t":"c"}\n\n', (data) => out.push(data));
    expect(out).toEqual(['{"t":"c"}']);
  });

  it('matches eventsource-parser on random streams split at random points', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const next = random(seed);
      const stream = randomStream(next);
      const expected = reference(stream);
      expect({ seed, events: framed([stream]) }).toEqual({ seed, events: expected });
      expect({ seed, events: framed(splitRandomly(stream, next)) }).toEqual({ seed, events: expected });
    }
  });
});
