import type { StreamChunk } from '../../../electron/shared/exchange';

/** One stream event as it arrived: time of the chunk that completed it, SSE event name, payload. */
export interface StreamEvent {
  t: number;
  event?: string;
  data: string;
  comment?: boolean;
}

/**
 * Re-frames recorded network chunks into the stream's own events (SSE events, or NDJSON lines),
 * each stamped with the arrival time of the chunk that completed it. Pure.
 */
export function streamEvents(chunks: readonly StreamChunk[], contentType: string): StreamEvent[] {
  const ndjson = /ndjson/i.test(contentType);
  const out: StreamEvent[] = [];
  let buffer = '';
  for (const chunk of chunks) {
    buffer += chunk.data.replace(/\r\n?/g, '\n');
    if (ndjson) {
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) out.push({ t: chunk.t, data: line.trim() });
      continue;
    }
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = parseSseBlock(block, chunk.t);
      if (event) out.push(event);
    }
  }
  const last = chunks[chunks.length - 1];
  if (buffer.trim() && last) {
    const event = ndjson ? { t: last.t, data: buffer.trim() } : parseSseBlock(buffer, last.t);
    if (event) out.push(event);
  }
  return out;
}

function parseSseBlock(block: string, t: number): StreamEvent | undefined {
  const data: string[] = [];
  let name: string | undefined;
  let comment: string | undefined;
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) comment = line.slice(1).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    else if (line.startsWith('event:')) name = line.slice(6).trim();
  }
  if (data.length) return { t, data: data.join('\n'), ...(name ? { event: name } : {}) };
  if (comment !== undefined) return { t, data: comment, comment: true };
  return undefined;
}
