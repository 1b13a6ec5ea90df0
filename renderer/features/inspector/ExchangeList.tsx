import { useState, type UIEvent } from 'react';
import { useApp } from '../../app-context';
import { visibleRange } from '../../components/virtual';
import type { ExchangeRow } from './exchange-view';

const ROW_HEIGHT = 30;

/** The exchanges as a virtualized list: only the rows in view are in the page. */
export function ExchangeList({ rows, selectedId, empty }: { rows: ExchangeRow[]; selectedId: string | undefined; empty: boolean }) {
  const { navigate } = useApp();
  const [scroll, setScroll] = useState({ top: 0, height: 600 });
  const { start, end } = visibleRange(scroll.top, scroll.height, ROW_HEIGHT, rows.length);
  const onScroll = (e: UIEvent<HTMLDivElement>) => setScroll({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight });
  return (
    <div className="exchange-list" onScroll={onScroll} role="list" aria-label="Exchanges">
      <div className="exchange-header" aria-hidden="true">
        <span>Method</span>
        <span>Host / path</span>
        <span>Provider</span>
        <span>Status</span>
        <span>TTFB</span>
        <span>Time</span>
        <span>Size</span>
      </div>
      <div style={{ height: rows.length * ROW_HEIGHT, position: 'relative' }}>
        {rows.slice(start, end).map((row, i) => (
          <div role="listitem" key={row.id} style={{ position: 'absolute', top: (start + i) * ROW_HEIGHT, left: 0, right: 0, height: ROW_HEIGHT }}>
            <button
              type="button"
              className={`exchange-row ${row.failed ? 'failed' : ''} ${row.id === selectedId ? 'selected' : ''}`}
              aria-current={row.id === selectedId ? 'true' : undefined}
              aria-label={`${row.method} ${row.host}${row.path} ${row.status}`}
              onClick={() => navigate({ view: 'network', param: row.id })}
            >
              <span>{row.method}</span>
              <span className="path" title={`${row.host}${row.path}`}>
                <span className="muted">{row.host}</span>
                {row.path}
              </span>
              <span>{row.providerId}</span>
              <span className={`status s${row.statusClass}`}>{row.status}</span>
              <span>{row.ttfb}</span>
              <span>{row.duration}</span>
              <span>{row.size}</span>
            </button>
          </div>
        ))}
      </div>
      {empty && <p className="empty">No requests yet. Send a chat message or load a model list, and every exchange appears here.</p>}
    </div>
  );
}
