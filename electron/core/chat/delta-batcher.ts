import type { ChatDelta } from '../../shared/chat';


/**
 * Coalesces streamed deltas so a window gets at most one push per frame (~16 ms) per request.
 * A request's first delta, and the first after a quiet period, goes out at once: batching must not
 * delay the first token, not even behind another request's frame (two answers streaming side by side).
 */
export class DeltaBatcher {
  private readonly pending = new Map<string, ChatDelta>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When each request last sent; requests quiet for a whole interval are forgotten at the next flush. */
  private readonly lastSent = new Map<string, number>();

  constructor(
    private readonly send: (delta: ChatDelta) => void,
    private readonly intervalMs = 16,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Queues a delta; sends it at once when its request sent nothing within the interval. */
  add(delta: ChatDelta): void {
    const prev = this.pending.get(delta.requestId);
    if (prev) {
      if (delta.text) prev.text = (prev.text ?? '') + delta.text;
      if (delta.reasoning) prev.reasoning = (prev.reasoning ?? '') + delta.reasoning;
    } else {
      this.pending.set(delta.requestId, { ...delta });
    }
    const now = this.now();
    const since = now - (this.lastSent.get(delta.requestId) ?? -Infinity);
    if (since >= this.intervalMs) {
      const ready = this.pending.get(delta.requestId)!;
      this.pending.delete(delta.requestId);
      this.lastSent.set(delta.requestId, now);
      this.send(ready);
    } else if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), Math.max(0, this.intervalMs - since));
    }
  }

  /** Sends everything queued now (also used before a request's final message). */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const now = this.now();
    for (const [id, at] of this.lastSent) if (now - at >= this.intervalMs) this.lastSent.delete(id);
    const batch = [...this.pending.values()];
    this.pending.clear();
    for (const delta of batch) {
      this.lastSent.set(delta.requestId, now);
      this.send(delta);
    }
  }
}
