import type { ChatEvent, StreamDecoder } from './types';
import { asRecord, tryParseJson } from './json';

/** Receives one whole event: its data lines joined by `\n`, and its `event:` name when it has one. */
export type SseSink = (data: string, event: string | undefined) => void;

/** An SSE framer that buffers across arbitrary chunk boundaries and hands whole events to a sink. */
export interface SseFramer {
  push(text: string, sink: SseSink): void;
  /** Flushes an event left without its closing blank line (some servers end that way). */
  end(sink: SseSink): void;
}

const LF = 10;
const SPACE = 32;
const COLON = 58;
const D = 100;
const A = 97;
const T = 116;
const BOM = 0xfeff;

/**
 * Whether the line from `start` to `end` is a `data:` field, the line nearly every event is made
 * of: checked char by char, cheaper per line than the general path's indexOf and startsWith calls.
 */
function isDataField(text: string, start: number, end: number): boolean {
  return start + 4 < end && text.charCodeAt(start + 4) === COLON && text.charCodeAt(start) === D && text.charCodeAt(start + 1) === A && text.charCodeAt(start + 2) === T && text.charCodeAt(start + 3) === A;
}

/**
 * Creates an SSE framer following the WHATWG event-stream rules that matter for reading model
 * answers: LF, CRLF and lone CR line ends (also split across chunks), comments, `data:` with or
 * without the space, multi-line data, `event:` names, one leading BOM. `id:` and `retry:` are read
 * past: no protocol we speak resumes a stream.
 *
 * Written by hand rather than with eventsource-parser (which the tests use as the reference): every
 * token of every answer goes through here, and the parse budget (4× the openai SDK, close to a
 * bare JSON.parse loop) leaves no room for a callback and a message object per line. The hot path
 * is one `indexOf` per line and one slice per data line, and each event goes straight to the sink
 * (no event object, no array per chunk).
 */
export function createSseFramer(): SseFramer {
  // Text after the last complete line. Kept as fragments while no line ends, so one huge line
  // arriving in many small chunks is joined once (not re-concatenated per chunk).
  const fragments: string[] = [];
  let data: string | undefined;
  let event: string | undefined;
  let started = false;
  // The previous chunk ended with CR: a LF opening the next one is the second half of that CRLF.
  let skipLf = false;

  const line = (text: string, start: number, end: number, sink: SseSink) => {
    if (start === end) {
      const done = data; // reset before the sink runs: one that throws leaves no half event behind
      const name = event;
      data = event = undefined;
      if (done !== undefined) sink(done, name);
      return;
    }
    if (isDataField(text, start, end)) {
      const value = text.slice(start + 5 < end && text.charCodeAt(start + 5) === SPACE ? start + 6 : start + 5, end);
      return void (data = data === undefined ? value : `${data}\n${value}`);
    }
    if (text.charCodeAt(start) === COLON) return; // a comment (keep-alives)
    const colon = text.indexOf(':', start);
    const nameEnd = colon === -1 || colon > end ? end : colon;
    let valueStart = nameEnd === end ? end : nameEnd + 1;
    if (valueStart < end && text.charCodeAt(valueStart) === SPACE) valueStart++;
    const nameLength = nameEnd - start;
    if (nameLength === 4 && text.startsWith('data', start)) {
      const value = text.slice(valueStart, end);
      data = data === undefined ? value : `${data}\n${value}`;
    } else if (nameLength === 5 && text.startsWith('event', start)) {
      event = valueStart < end ? text.slice(valueStart, end) : undefined;
    }
  };

  const push = (chunk: string, sink: SseSink): void => {
    if (!started) {
      if (!chunk) return;
      started = true;
      if (chunk.charCodeAt(0) === BOM) chunk = chunk.slice(1);
    }
    if (chunk.indexOf('\n') === -1 && chunk.indexOf('\r') === -1) {
      if (skipLf && chunk) skipLf = false;
      if (chunk) fragments.push(chunk);
      return;
    }
    let text = chunk;
    if (fragments.length) {
      fragments.push(chunk);
      text = fragments.join('');
      fragments.length = 0;
    }
    let pos = 0;
    if (skipLf) {
      skipLf = false;
      if (text.charCodeAt(0) === LF) pos = 1;
    }
    let cr = text.indexOf('\r', pos); // the next CR, sought again once passed (most streams have none)
    for (;;) {
      const lf = text.indexOf('\n', pos);
      if (cr !== -1 && cr < pos) cr = text.indexOf('\r', pos);
      let end: number;
      let next: number;
      if (cr === -1 || (lf !== -1 && lf < cr)) {
        if (lf === -1) break;
        end = lf;
        next = lf + 1;
      } else {
        end = cr;
        if (cr + 1 === text.length) {
          next = cr + 1;
          skipLf = true;
        } else next = text.charCodeAt(cr + 1) === LF ? cr + 2 : cr + 1;
      }
      line(text, pos, end, sink);
      pos = next;
    }
    if (pos < text.length) fragments.push(pos ? text.slice(pos) : text);
  };

  return {
    push,
    // A final event without the terminating blank line is still an event worth reading.
    end: (sink) => push('\n\n', sink),
  };
}

/** A malformed payload is reported, not dropped: the user sees that something arrived broken. */
export function unreadable(payload: string): ChatEvent {
  return { type: 'error', error: { message: `Unreadable stream chunk: ${payload.slice(0, 120)}` } };
}

// Payloads almost never carry surrounding whitespace; checking both ends spares a trim per event.
function trimmed(data: string): string {
  const n = data.length;
  return n && data.charCodeAt(0) > SPACE && data.charCodeAt(n - 1) > SPACE ? data : data.trim();
}

/** Maps one event's JSON payload to chat events, appended to `out` (one array per chunk, not per event). */
export type SseJsonMapper = (json: Record<string, unknown>, eventName: string | undefined, out: ChatEvent[]) => void;

/**
 * A stream decoder for SSE whose `data:` payloads are JSON objects (OpenAI, Anthropic, Responses):
 * framing, `[DONE]` as the stream's end, blank payloads skipped, unreadable JSON reported, the rest
 * mapped by `map`.
 */
export function createSseJsonDecoder(map: SseJsonMapper): StreamDecoder {
  const framer = createSseFramer();
  let out: ChatEvent[] = [];
  const onEvent: SseSink = (raw, eventName) => {
    const data = trimmed(raw);
    if (!data) return;
    if (data === '[DONE]') {
      out.push({ type: 'end' });
      return;
    }
    const json = asRecord(tryParseJson(data));
    if (!json) out.push(unreadable(data));
    else map(json, eventName, out);
  };
  const take = (): ChatEvent[] => {
    const events = out;
    out = [];
    return events;
  };
  return {
    push: (text) => {
      framer.push(text, onEvent);
      return take();
    },
    end: () => {
      framer.end(onEvent);
      return take();
    },
  };
}
