import { useMemo, useRef, useState, type UIEvent } from 'react';
import { useApp } from '../../app-context';
import { ProviderOptions } from '../../components/ProviderOptions';
import { visibleRange } from '../../components/virtual';
import { ExchangeDetail } from './ExchangeDetail';
import { filterExchanges, toRow, type ExchangeFilter, type StatusClass } from './exchange-view';
import { useExchanges } from './use-exchanges';
import { NetlogSettings } from './NetlogSettings';
import { downloadText, stamp } from '../../components/download';

const ROW_HEIGHT = 30;
const STATUS_CLASSES: StatusClass[] = ['2xx', '3xx', '4xx', '5xx', 'failed'];

/** The network tab: every exchange, filterable, with a redacted detail view. */
export function InspectorView({ selectedId }: { selectedId: string | undefined }) {
  const { api, providers, navigate } = useApp();
  const { exchanges, clear } = useExchanges(api);
  const [filter, setFilter] = useState<ExchangeFilter>({ text: '', providerId: '', statusClass: '' });
  const [scroll, setScroll] = useState({ top: 0, height: 600 });
  const listRef = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => filterExchanges(exchanges, filter).map(toRow), [exchanges, filter]);
  const { start, end } = visibleRange(scroll.top, scroll.height, ROW_HEIGHT, rows.length);
  const exportHar = async () => {
    const r = await api.invoke('netlog:har', { ids: rows.map((row) => row.id) });
    if (r.ok) downloadText(`switchboard-${stamp()}.har`, r.value.har);
  };
  const onScroll = (e: UIEvent<HTMLDivElement>) => setScroll({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight });

  return (
    <div className="inspector">
      <div className="toolbar" role="search">
        <label>
          Filter
          <input type="search" value={filter.text} onChange={(e) => setFilter({ ...filter, text: e.target.value })} placeholder="URL, status, error…" />
        </label>
        <label>
          Provider
          <select value={filter.providerId} onChange={(e) => setFilter({ ...filter, providerId: e.target.value })}>
            <option value="">All</option>
            <ProviderOptions providers={providers} />
          </select>
        </label>
        <label>
          Status
          <select value={filter.statusClass} onChange={(e) => setFilter({ ...filter, statusClass: e.target.value as StatusClass | '' })}>
            <option value="">All</option>
            {STATUS_CLASSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void exportHar()} disabled={rows.length === 0}>
          Export HAR
        </button>
        <button type="button" onClick={() => void clear()}>
          Clear
        </button>
        <NetlogSettings />
        <span className="muted">
          {rows.length} of {exchanges.length}
        </span>
      </div>
      <div className="inspector-body">
        <div className="exchange-list" ref={listRef} onScroll={onScroll} role="list" aria-label="Exchanges">
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
          {exchanges.length === 0 && <p className="empty">No requests yet. Send a chat message or load a model list, and every exchange appears here.</p>}
        </div>
        {selectedId && <ExchangeDetail id={selectedId} key={`${selectedId}:${exchanges.find((e) => e.id === selectedId)?.state ?? ''}`} />}
      </div>
    </div>
  );
}
