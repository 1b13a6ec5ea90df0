import { createParser, type EventSourceMessage } from 'eventsource-parser';

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
