import type { ChatDelta } from '../../shared/chat';


/**
 * Coalesces streamed deltas so a window gets at most one push per frame (~16 ms) per request.
 * The first delta after a quiet period goes out at once: batching must not delay the first token.
 */
export class DeltaBatcher {
  private readonly pending = new Map<string, ChatDelta>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastFlush = -Infinity;

  constructor(
    private readonly send: (delta: ChatDelta) => void,
    private readonly intervalMs = 16,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Queues a delta; sends immediately when nothing was sent within the interval. */
  add(delta: ChatDelta): void {
    const prev = this.pending.get(delta.requestId);
    if (prev) {
      if (delta.text) prev.text = (prev.text ?? '') + delta.text;
      if (delta.reasoning) prev.reasoning = (prev.reasoning ?? '') + delta.reasoning;
    } else {
      this.pending.set(delta.requestId, { ...delta });
    }
    const since = this.now() - this.lastFlush;
    if (since >= this.intervalMs && !this.timer) {
      this.flush();
    } else if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), Math.max(0, this.intervalMs - since));
    }
  }

  /** Sends everything queued now (also used before a request's final message). */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.lastFlush = this.now();
    const batch = [...this.pending.values()];
    this.pending.clear();
    for (const delta of batch) this.send(delta);
  }
}
