import { useTranslation } from 'react-i18next';
import type { Exchange } from '../../../electron/shared/exchange';
import { formatMs } from './exchange-view';
import { polyline, streamSeries, waterfall } from './timing';

/** The waterfall (waiting, receiving) and, for streams, events over time with their rate. */
export function TimingPicture({ exchange }: { exchange: Exchange }) {
  const { t } = useTranslation();
  const w = waterfall(exchange);
  const series = exchange.response?.chunks ? streamSeries(exchange.response.chunks) : undefined;
  if (!w) return null;
  return (
    <figure className="timing" aria-label={t('inspector.timing')}>
      <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label={t('inspector.waterfall', { wait: formatMs(w.waitMs), receive: formatMs(w.receiveMs) })}>
        <rect x="0" y="2" width={w.waitPct} height="10" className="wait" />
        <rect x={w.waitPct} y="2" width={100 - w.waitPct} height="10" className="receive" />
      </svg>
      <figcaption className="small muted">{t('inspector.waterfallText', { wait: formatMs(w.waitMs), receive: formatMs(w.receiveMs), total: formatMs(w.totalMs) })}</figcaption>
      {series && (
        <>
          <svg width="100%" height="60" viewBox="0 0 300 60" preserveAspectRatio="none" role="img" aria-label={t('inspector.series', { count: series.points[series.points.length - 1]!.n, rate: series.perSecond.toFixed(1) })}>
            <polyline points={polyline(series.points, 300, 58)} className="series" fill="none" />
          </svg>
          <figcaption className="small muted">{t('inspector.seriesText', { count: series.points[series.points.length - 1]!.n, first: formatMs(series.firstMs), last: formatMs(series.lastMs), rate: series.perSecond.toFixed(1) })}</figcaption>
        </>
      )}
    </figure>
  );
}
