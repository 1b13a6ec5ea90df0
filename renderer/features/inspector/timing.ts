import type { Exchange, StreamChunk } from '../../../electron/shared/exchange';

/** Where an exchange's time went: waiting for the first byte, then receiving. Pure. */
export function waterfall(e: Exchange): { waitMs: number; receiveMs: number; totalMs: number; waitPct: number } | undefined {
  const total = e.timing.totalMs;
  const ttfb = e.timing.ttfbMs;
  if (total === undefined || ttfb === undefined || total <= 0) return undefined;
  const wait = Math.min(ttfb, total);
  return { waitMs: wait, receiveMs: total - wait, totalMs: total, waitPct: (wait / total) * 100 };
}

/** Stream events in a chunk: SSE `data:` lines or NDJSON lines (one per token for most hosts). Pure. */
export function eventsIn(data: string): number {
  const sse = data.match(/^data:/gm)?.length ?? 0;
  if (sse) return sse;
  return data.split('\n').filter((l) => l.trim().startsWith('{')).length;
}

/** Cumulative stream events over time, and the rate while streaming. Pure. */
export function streamSeries(chunks: readonly StreamChunk[]): { points: { t: number; n: number }[]; perSecond: number; firstMs: number; lastMs: number } | undefined {
  let n = 0;
  const points: { t: number; n: number }[] = [];
  for (const c of chunks) {
    const k = eventsIn(c.data);
    if (!k) continue;
    n += k;
    points.push({ t: c.t, n });
  }
  if (points.length < 2) return undefined;
  const firstMs = points[0]!.t;
  const lastMs = points[points.length - 1]!.t;
  const span = (lastMs - firstMs) / 1000;
  return { points, perSecond: span > 0 ? (n - points[0]!.n) / span : 0, firstMs, lastMs };
}

/** An SVG polyline for points scaled into a box. Pure. */
export function polyline(points: readonly { t: number; n: number }[], width: number, height: number): string {
  const maxT = Math.max(...points.map((p) => p.t), 1);
  const maxN = Math.max(...points.map((p) => p.n), 1);
  return points.map((p) => `${((p.t / maxT) * width).toFixed(1)},${(height - (p.n / maxN) * height).toFixed(1)}`).join(' ');
}
