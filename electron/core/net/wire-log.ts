import type { Exchange, LogLevel } from '../../shared/exchange';

/** Limits that keep the log's memory bounded whatever the traffic. */
export interface WireLogLimits {
  maxEntries: number;
  maxBodyChars: number;
  level: LogLevel;
}

/** The defaults: enough for a long session of chatting, small enough to never matter. */
// Worst case about 500 × 2 × 64 Ki characters; typical chat exchanges are far smaller.
export const DEFAULT_LIMITS: WireLogLimits = { maxEntries: 500, maxBodyChars: 64 * 1024, level: 'debug' };

type Listener = (event: { kind: 'upsert'; exchange: Exchange } | { kind: 'clear' }) => void;

/** A bounded ring of exchanges, oldest dropped first; a Map keeps insertion order and O(1) eviction. */
export class WireLog {
  private readonly entries = new Map<string, Exchange>();
  private readonly listeners = new Set<Listener>();
  private limits: WireLogLimits;

  constructor(limits: Partial<WireLogLimits> = {}) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
  }

  /** Current limits. */
  getLimits(): WireLogLimits {
    return { ...this.limits };
  }

  /** Changes limits; shrinking the entry cap evicts at once. */
  setLimits(limits: Partial<WireLogLimits>): void {
    this.limits = { ...this.limits, ...limits };
    this.evict();
  }

  /** Adds or updates an exchange and tells listeners. */
  upsert(exchange: Exchange): void {
    if (this.limits.level === 'off') return;
    if (this.limits.level === 'errors' && !isFailure(exchange)) {
      if (this.entries.delete(exchange.id)) this.emit({ kind: 'clear' });
      return;
    }
    this.entries.set(exchange.id, exchange);
    this.evict();
    this.emit({ kind: 'upsert', exchange });
  }

  /** One exchange by id. */
  get(id: string): Exchange | undefined {
    return this.entries.get(id);
  }

  /** All exchanges, oldest first. */
  list(): Exchange[] {
    return [...this.entries.values()];
  }

  /** Number of exchanges kept. */
  get size(): number {
    return this.entries.size;
  }

  /** Forgets everything. */
  clear(): void {
    this.entries.clear();
    this.emit({ kind: 'clear' });
  }

  /** Subscribes to changes; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private evict(): void {
    while (this.entries.size > this.limits.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  private emit(event: Parameters<Listener>[0]): void {
    for (const listener of this.listeners) listener(event);
  }
}

/** A failed exchange: no response, an HTTP error, or an error during the stream. */
export function isFailure(exchange: Exchange): boolean {
  if (exchange.state === 'pending' || exchange.state === 'streaming') return false;
  return exchange.state === 'failed' || (exchange.response?.status ?? 0) >= 400 || !exchange.response;
}
