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

/** The value of the `data:` field from `start` to `end`, without the one space that may follow the colon. */
function dataValue(text: string, start: number, end: number): string {
  return text.slice(start + 5 < end && text.charCodeAt(start + 5) === SPACE ? start + 6 : start + 5, end);
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
 * is one `indexOf` and one slice per event of one data line, and each event goes straight to the
 * sink (no event object, no array per chunk).
 */
export function createSseFramer(): SseFramer {
  return new LineFramer();
}

// The framer's state and steps; a class so each step is a small method over shared fields.
class LineFramer implements SseFramer {
  // Text after the last complete line. Kept as fragments while no line ends, so one huge line
  // arriving in many small chunks is joined once (not re-concatenated per chunk).
  private fragments: string[] = [];
  private data: string | undefined;
  private event: string | undefined;
  private started = false;
  // The previous chunk ended with CR: a LF opening the next one is the second half of that CRLF.
  private skipLf = false;

  push(chunk: string, sink: SseSink): void {
    if (!this.started) {
      if (!chunk) return;
      this.started = true;
      if (chunk.charCodeAt(0) === BOM) chunk = chunk.slice(1);
    }
    const lf = chunk.indexOf('\n');
    const cr = chunk.indexOf('\r');
    if (lf === -1 && cr === -1) {
      if (this.skipLf && chunk) this.skipLf = false;
      if (chunk) this.fragments.push(chunk);
      return;
    }
    if (!this.fragments.length) return this.scan(chunk, 0, sink, cr);
    // The line earlier chunks left unfinished ends in this one: only that line is joined (one
    // string copy per line, not per chunk), then the rest of the chunk is read where it lies.
    const first = cr === -1 || (lf !== -1 && lf < cr) ? lf : cr;
    this.fragments.push(chunk.slice(0, first + 1));
    const head = this.fragments.join('');
    this.fragments = [];
    this.scan(head, 0, sink);
    this.scan(chunk, first + 1, sink, cr > first || cr === -1 ? cr : undefined);
  }

  // A final event without the terminating blank line is still an event worth reading.
  end(sink: SseSink): void {
    this.push('\n\n', sink);
  }

  // Reads the lines of `text` from `from` on, and keeps what follows the last line end. `firstCr`
  // is the first CR from `from` on (-1: none), when the caller has already looked; it is sought
  // again once passed (most streams have none).
  private scan(text: string, from: number, sink: SseSink, firstCr?: number): void {
    let pos = from;
    if (this.skipLf && pos < text.length) {
      this.skipLf = false;
      if (text.charCodeAt(pos) === LF) pos++;
    }
    let cr = firstCr ?? text.indexOf('\r', pos);
    if (cr === -1) pos = this.lfLines(text, pos, sink);
    else for (;;) {
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
          this.skipLf = true;
        } else next = text.charCodeAt(cr + 1) === LF ? cr + 2 : cr + 1;
      }
      this.line(text, pos, end, sink);
      pos = next;
    }
    if (pos < text.length) this.fragments.push(pos ? text.slice(pos) : text);
  }

  // The lines of a text without CR, nearly every stream: an event that is one data line and its
  // closing blank line costs one indexOf. Returns where the unfinished last line starts.
  private lfLines(text: string, from: number, sink: SseSink): number {
    let pos = from;
    for (;;) {
      const lf = text.indexOf('\n', pos);
      if (lf === -1) return pos;
      if (lf === pos) this.dispatch(sink);
      else if (this.data === undefined && isDataField(text, pos, lf)) {
        this.data = dataValue(text, pos, lf);
        if (text.charCodeAt(lf + 1) === LF) {
          pos = lf + 2;
          this.dispatch(sink);
          continue;
        }
      } else this.line(text, pos, lf, sink);
      pos = lf + 1;
    }
  }

  // One line from `start` to `end` (its line end excluded).
  private line(text: string, start: number, end: number, sink: SseSink): void {
    if (start === end) return this.dispatch(sink);
    if (isDataField(text, start, end)) {
      const value = dataValue(text, start, end);
      this.data = this.data === undefined ? value : `${this.data}\n${value}`;
      return;
    }
    if (text.charCodeAt(start) === COLON) return; // a comment (keep-alives)
    const colon = text.indexOf(':', start);
    const nameEnd = colon === -1 || colon > end ? end : colon;
    let valueStart = nameEnd === end ? end : nameEnd + 1;
    if (valueStart < end && text.charCodeAt(valueStart) === SPACE) valueStart++;
    const nameLength = nameEnd - start;
    if (nameLength === 4 && text.startsWith('data', start)) {
      const value = text.slice(valueStart, end);
      this.data = this.data === undefined ? value : `${this.data}\n${value}`;
    } else if (nameLength === 5 && text.startsWith('event', start)) {
      this.event = valueStart < end ? text.slice(valueStart, end) : undefined;
    }
  }

  // A blank line: the event so far goes to the sink.
  private dispatch(sink: SseSink): void {
    const done = this.data; // reset before the sink runs: one that throws leaves no half event behind
    const name = this.event;
    this.data = this.event = undefined;
    if (done !== undefined) sink(done, name);
  }
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
