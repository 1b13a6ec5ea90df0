/** Median of numbers. */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
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

/** An OpenAI-style SSE body with `n` content chunks (plus usage and [DONE]). */
export function sseBody(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    parts.push(`data: {"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1,"model":"bench","choices":[{"index":0,"delta":{"content":"tok${i} "},"logprobs":null,"finish_reason":null}],"usage":null}\n\n`);
  }
  parts.push('data: {"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1,"model":"bench","choices":[{"index":0,"delta":{},"finish_reason":"stop"}],"usage":null}\n\n');
  parts.push(`data: {"id":"chatcmpl-bench","object":"chat.completion.chunk","created":1,"model":"bench","choices":[],"usage":{"prompt_tokens":1,"completion_tokens":${n},"total_tokens":${n + 1}}}\n\n`);
  parts.push('data: [DONE]\n\n');
  return parts.join('');
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
