import type { Exchange } from '../../../electron/shared/exchange';
import { formatMs } from './exchange-view';
import { polyline, streamSeries, waterfall } from './timing';

/** The waterfall (waiting, receiving) and, for streams, events over time with their rate. */
export function TimingPicture({ exchange }: { exchange: Exchange }) {
  const w = waterfall(exchange);
  const series = exchange.response?.chunks ? streamSeries(exchange.response.chunks) : undefined;
  if (!w) return null;
  return (
    <figure className="timing" aria-label="Timing">
      <svg width="100%" height="14" viewBox="0 0 100 14" preserveAspectRatio="none" role="img" aria-label={`Waiting ${formatMs(w.waitMs)}, receiving ${formatMs(w.receiveMs)}`}>
        <rect x="0" y="2" width={w.waitPct} height="10" className="wait" />
        <rect x={w.waitPct} y="2" width={100 - w.waitPct} height="10" className="receive" />
      </svg>
      <figcaption className="small muted">
        Waiting for the first byte {formatMs(w.waitMs)} · receiving {formatMs(w.receiveMs)} · total {formatMs(w.totalMs)}
      </figcaption>
      {series && (
        <>
          <svg width="100%" height="60" viewBox="0 0 300 60" preserveAspectRatio="none" role="img" aria-label={`Stream: ${series.points[series.points.length - 1]!.n} events, ${series.perSecond.toFixed(1)} per second`}>
            <polyline points={polyline(series.points, 300, 58)} className="series" fill="none" />
          </svg>
          <figcaption className="small muted">
            {series.points[series.points.length - 1]!.n} stream events from +{formatMs(series.firstMs)} to +{formatMs(series.lastMs)} · {series.perSecond.toFixed(1)} events/s (about tokens/s)
          </figcaption>
        </>
      )}
    </figure>
  );
}
