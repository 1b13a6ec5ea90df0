import type { StreamChunk } from '../../../electron/shared/exchange';
import { formatMs } from './exchange-view';
import { streamEvents } from './stream-events';

/** The stream as its own events with arrival times; the raw network chunks one click away. */
export function StreamView({ chunks, contentType, truncated }: { chunks: StreamChunk[]; contentType: string; truncated: boolean }) {
  const events = streamEvents(chunks, contentType);
  return (
    <>
      <h3>
        Stream ({events.length} events{truncated ? ', truncated by the body cap' : ''})
      </h3>
      <ol className="chunks" aria-label="Stream events">
        {events.map((e, i) => (
          <li key={i} className={e.comment ? 'comment' : ''}>
            <span className="t">+{formatMs(e.t)}</span>
            {e.event && <span className="event-name">{e.event}</span>}
            <pre>{e.comment ? `: ${e.data}` : e.data}</pre>
          </li>
        ))}
      </ol>
      <details>
        <summary>Raw network chunks ({chunks.length})</summary>
        <ol className="chunks" aria-label="Stream chunks">
          {chunks.map((c, i) => (
            <li key={i}>
              <span className="t">+{formatMs(c.t)}</span>
              <pre>{c.data}</pre>
            </li>
          ))}
        </ol>
      </details>
    </>
  );
}
