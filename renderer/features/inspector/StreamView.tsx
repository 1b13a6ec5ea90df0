import { useTranslation } from 'react-i18next';
import type { StreamChunk } from '../../../electron/shared/exchange';
import { formatMs } from './exchange-view';
import { streamEvents } from './stream-events';

/** The stream as its own events with arrival times; the raw network chunks one click away. */
export function StreamView({ chunks, contentType, truncated }: { chunks: StreamChunk[]; contentType: string; truncated: boolean }) {
  const { t } = useTranslation();
  const events = streamEvents(chunks, contentType);
  return (
    <>
      <h3>{t('inspector.stream', { count: events.length, note: truncated ? t('inspector.streamTruncated') : '' })}</h3>
      <ol className="chunks" aria-label={t('inspector.streamEvents')}>
        {events.map((e, i) => (
          <li key={i} className={e.comment ? 'comment' : ''}>
            <span className="t">+{formatMs(e.t)}</span>
            {e.event && <span className="event-name">{e.event}</span>}
            <pre>{e.comment ? `: ${e.data}` : e.data}</pre>
          </li>
        ))}
      </ol>
      <details>
        <summary>{t('inspector.rawChunks', { count: chunks.length })}</summary>
        <ol className="chunks" aria-label={t('inspector.streamChunks')}>
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
