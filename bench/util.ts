/** Median of numbers. */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The 95th percentile. */
export function p95(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? 0;
}

/** One benchmark's verdict: the figure in words, and (for results.json) as a number with its unit. */
export interface BenchResult {
  name: string;
  value: string;
  budget: string;
  pass: boolean;
  figure?: number;
  unit?: string;
}

/** How a run is asked: full (the budgets) or quick (small sizes, proving the benches still run). */
export interface BenchOptions {
  quick: boolean;
}

/** A Response whose body arrives in fixed-size pieces, like network reads. */
export function chunkedResponse(bytes: Uint8Array, size = 4096): Response {
  let offset = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, offset + size));
      offset += size;
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
}
