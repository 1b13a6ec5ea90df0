import { describe, expect, it } from 'vitest';
import { streamEvents } from '../../../../../renderer/features/inspector/stream-events';

describe('stream events from recorded chunks', () => {
  it('re-frames SSE split across chunks, with event names, comments and CRLF', () => {
    const chunks = [
      { t: 10, data: ': keep-alive\r\n\r\nevent: message_start\r\nda' },
      { t: 25, data: 'ta: {"a":1}\r\n\r\ndata: [DONE]\n\n' },
    ];
    expect(streamEvents(chunks, 'text/event-stream')).toEqual([
      { t: 10, data: 'keep-alive', comment: true },
      { t: 25, event: 'message_start', data: '{"a":1}' },
      { t: 25, data: '[DONE]' },
    ]);
  });
  it('splits NDJSON lines and keeps a last line without newline', () => {
    expect(streamEvents([{ t: 1, data: '{"a":1}\n{"b"' }, { t: 2, data: ':2}' }], 'application/x-ndjson')).toEqual([
      { t: 1, data: '{"a":1}' },
      { t: 2, data: '{"b":2}' },
    ]);
  });
});
