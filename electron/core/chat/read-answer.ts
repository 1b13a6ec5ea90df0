import { isStreamingContentType } from '../../shared/exchange';
import type { Watchdog } from '../net/timeouts';
import { createUtf8ChunkDecoder } from '../net/utf8-chunks';
import type { ChatEvent, ProtocolAdapter } from '../providers/types';

/** How reading a successful (2xx) answer went. */
export type ReadResult = { kind: 'read' } | { kind: 'not-json'; bodyText: string };

/**
 * Reads a 2xx answer into chat events: a stream chunk by chunk as it arrives (each chunk restarts
 * the idle limit), or one JSON body. Asked to stream but answered with one JSON array (Gemini
 * without alt=sse), it uses the stream decoder on the array.
 */
export async function readAnswer(response: Response, adapter: ProtocolAdapter, stream: boolean, emit: (event: ChatEvent) => void, dog: Watchdog): Promise<ReadResult> {
  if (isStreamingContentType(response.headers.get('content-type') ?? '') && response.body) {
    const decoder = adapter.createStreamDecoder();
    const text = createUtf8ChunkDecoder();
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (const event of decoder.push(text.push(value))) emit(event);
      // Restarting the idle limit after the events, not before, keeps timer work off the first token.
      dog.chunk();
    }
    for (const event of [...decoder.push(text.end()), ...decoder.end()]) emit(event);
    return { kind: 'read' };
  }
  const bodyText = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return { kind: 'not-json', bodyText };
  }
  const events = stream && Array.isArray(body) ? adapter.createStreamDecoder().push(bodyText) : adapter.parseCompletion(body);
  for (const event of events) emit(event);
  return { kind: 'read' };
}
