import { createParser, type EventSourceMessage } from 'eventsource-parser';
import type { ChatEvent, StreamDecoder } from './types';
import { asRecord, tryParseJson } from './json';

/** An SSE framer that buffers across arbitrary chunk boundaries and hands back whole events. */
export interface SseFramer {
  push(text: string): EventSourceMessage[];
  /** Flushes an event left without its closing blank line (some servers end that way). */
  end(): EventSourceMessage[];
}

/** Creates an SSE framer (CRLF, comments and `data:` without a space are handled by the parser). */
export function createSseFramer(): SseFramer {
  let pending: EventSourceMessage[] = [];
  const parser = createParser({ onEvent: (event) => pending.push(event) });
  const take = (): EventSourceMessage[] => {
    const out = pending;
    pending = [];
    return out;
  };
  return {
    push(text) {
      parser.feed(text);
      return take();
    },
    end() {
      // A final event without the terminating blank line is still an event worth reading.
      parser.feed('\n\n');
      return take();
    },
  };
}

/** A malformed payload is reported, not dropped: the user sees that something arrived broken. */
export function unreadable(payload: string): ChatEvent {
  return { type: 'error', error: { message: `Unreadable stream chunk: ${payload.slice(0, 120)}` } };
}

/**
 * A stream decoder for SSE whose `data:` payloads are JSON objects (OpenAI, Anthropic, Responses):
 * framing, `[DONE]` as the stream's end, blank payloads skipped, unreadable JSON reported, the rest
 * mapped by `map`.
 */
export function createSseJsonDecoder(map: (json: Record<string, unknown>, eventName: string | undefined) => ChatEvent[]): StreamDecoder {
  const framer = createSseFramer();
  const decode = (events: EventSourceMessage[]): ChatEvent[] =>
    events.flatMap((e) => {
      const data = e.data.trim();
      if (data === '[DONE]') return [{ type: 'end' }];
      if (!data) return [];
      const json = asRecord(tryParseJson(data));
      return json ? map(json, e.event) : [unreadable(data)];
    });
  return { push: (text) => decode(framer.push(text)), end: () => decode(framer.end()) };
}
