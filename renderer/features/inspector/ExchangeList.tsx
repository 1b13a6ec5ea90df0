import { useState, type UIEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../app-context';
import { visibleRange } from '../../components/virtual';
import type { ExchangeRow } from './exchange-view';

const ROW_HEIGHT = 30;
const COLUMNS = ['when', 'what', 'method', 'path', 'provider', 'status', 'ttfb', 'time', 'size'] as const;

/** The exchanges as a virtualized list: only the rows in view are in the page. Each says what made it and when. */
export function ExchangeList({ rows, selectedId, empty }: { rows: ExchangeRow[]; selectedId: string | undefined; empty: boolean }) {
  const { t } = useTranslation();
  const { navigate } = useApp();
  const [scroll, setScroll] = useState({ top: 0, height: 600 });
  const { start, end } = visibleRange(scroll.top, scroll.height, ROW_HEIGHT, rows.length);
  const onScroll = (e: UIEvent<HTMLDivElement>) => setScroll({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight });
  return (
    <div className="exchange-list" onScroll={onScroll} role="list" aria-label={t('inspector.exchanges')}>
      <div className="exchange-header" aria-hidden="true">
        {COLUMNS.map((c) => (
          <span key={c}>{t(`inspector.columns.${c}`)}</span>
        ))}
      </div>
      <div style={{ height: rows.length * ROW_HEIGHT, position: 'relative' }}>
        {rows.slice(start, end).map((row, i) => {
          const status = row.statusKey ? t(row.statusKey === 'stopped' ? 'inspector.stopped' : 'inspector.failedStatus') : row.status;
          return (
            <div role="listitem" key={row.id} style={{ position: 'absolute', top: (start + i) * ROW_HEIGHT, left: 0, right: 0, height: ROW_HEIGHT }}>
              <button
                type="button"
                className={`exchange-row ${row.failed ? 'failed' : ''} ${row.id === selectedId ? 'selected' : ''}`}
                aria-current={row.id === selectedId ? 'true' : undefined}
                aria-label={t('inspector.rowLabel', { method: row.method, host: row.host, path: row.path, status })}
                onClick={() => navigate({ view: 'network', param: row.id })}
              >
                <span className="muted">{row.time}</span>
                <span className={`purpose ${row.purpose}`}>{t(`inspector.purpose.${row.purpose}`)}</span>
                <span>{row.method}</span>
                <span className="path" title={`${row.host}${row.path}`}>
                  <span className="muted">{row.host}</span>
                  {row.path}
                </span>
                <span>{row.providerId}</span>
                <span className={`status s${row.statusClass}`}>{status}</span>
                <span>{row.ttfb}</span>
                <span>{row.duration}</span>
                <span>{row.size}</span>
              </button>
            </div>
          );
        })}
      </div>
      {empty && <p className="empty">{t('inspector.empty')}</p>}
    </div>
  );
}
