import type { ChatEvent, StreamDecoder } from './types';
import { asRecord, tryParseJson } from './json';

/** One server-sent event: its `event:` name when it has one, and its data lines joined by `\n`. */
export interface SseEvent {
  event?: string;
  data: string;
}

/** An SSE framer that buffers across arbitrary chunk boundaries and hands back whole events. */
export interface SseFramer {
  push(text: string): SseEvent[];
  /** Flushes an event left without its closing blank line (some servers end that way). */
  end(): SseEvent[];
}

const LF = 10;
const SPACE = 32;
const COLON = 58;
const BOM = 0xfeff;

/**
 * Creates an SSE framer following the WHATWG event-stream rules that matter for reading model
 * answers: LF, CRLF and lone CR line ends (also split across chunks), comments, `data:` with or
 * without the space, multi-line data, `event:` names, one leading BOM. `id:` and `retry:` are read
 * past: no protocol we speak resumes a stream.
 *
 * Written by hand rather than with eventsource-parser (which the tests use as the reference): every
 * token of every answer goes through here, and the parse budget (4× the openai SDK, close to a
 * bare JSON.parse loop) leaves no room for a callback and a message object per line. The hot path
 * is one `indexOf` per line and one slice per data line.
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

  const line = (text: string, start: number, end: number, out: SseEvent[]) => {
    if (start === end) {
      if (data !== undefined) out.push(event === undefined ? { data } : { event, data });
      data = undefined;
      event = undefined;
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
      data = data === undefined ? value : `${data}\n${value}`;
    } else if (nameLength === 5 && text.startsWith('event', start)) {
      event = valueStart < end ? text.slice(valueStart, end) : undefined;
    }
  };

  const push = (chunk: string): SseEvent[] => {
    const out: SseEvent[] = [];
    if (!started) {
      if (!chunk) return out;
      started = true;
      if (chunk.charCodeAt(0) === BOM) chunk = chunk.slice(1);
    }
    if (chunk.indexOf('\n') === -1 && chunk.indexOf('\r') === -1) {
      if (skipLf && chunk) skipLf = false;
      if (chunk) fragments.push(chunk);
      return out;
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
    // The next CR, looked up again only once the scan has passed it (most streams have none).
    let cr = text.indexOf('\r', pos);
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
      line(text, pos, end, out);
      pos = next;
    }
    if (pos < text.length) fragments.push(pos ? text.slice(pos) : text);
    return out;
  };

  return {
    push,
    // A final event without the terminating blank line is still an event worth reading.
    end: () => push('\n\n'),
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

/**
 * A stream decoder for SSE whose `data:` payloads are JSON objects (OpenAI, Anthropic, Responses):
 * framing, `[DONE]` as the stream's end, blank payloads skipped, unreadable JSON reported, the rest
 * mapped by `map`.
 */
export function createSseJsonDecoder(map: (json: Record<string, unknown>, eventName: string | undefined) => ChatEvent[]): StreamDecoder {
  const framer = createSseFramer();
  const decode = (events: SseEvent[]): ChatEvent[] => {
    const out: ChatEvent[] = [];
    for (const e of events) {
      const data = trimmed(e.data);
      if (!data) continue;
      if (data === '[DONE]') {
        out.push({ type: 'end' });
        continue;
      }
      const json = asRecord(tryParseJson(data));
      if (!json) out.push(unreadable(data));
      else for (const mapped of map(json, e.event)) out.push(mapped);
    }
    return out;
  };
  return { push: (text) => decode(framer.push(text)), end: () => decode(framer.end()) };
}
