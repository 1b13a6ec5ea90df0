import type { Exchange, LogLevel } from '../../shared/exchange';

/** Limits that keep the log's memory bounded whatever the traffic. */
export interface WireLogLimits {
  maxEntries: number;
  maxBodyChars: number;
  /** Body characters kept across all exchanges (oldest exchanges go first past it); derived from the other two unless set (totalCharsFor). */
  maxTotalChars?: number;
  level: LogLevel;
}

/** The defaults: enough for a long session of chatting, small enough to never matter. */
export const DEFAULT_LIMITS: WireLogLimits = { maxEntries: 500, maxBodyChars: 64 * 1024, level: 'debug' };

/**
 * The body characters the log keeps in all: 8 Ki per entry on average, and at least 64 bodies at
 * the body cap (4 Mi characters with the defaults). The entry cap alone allowed 500 × 2 × 64 Ki
 * characters (over 64 MB), which a long conversation reaches, since every request carries the
 * history so far; typical exchanges (a few KB) still fill every entry. Raising either cap in the
 * settings raises this with it. Pure.
 */
export function totalCharsFor(limits: WireLogLimits): number {
  return limits.maxTotalChars ?? Math.max(limits.maxEntries * 8 * 1024, 64 * limits.maxBodyChars);
}

type Listener = (event: { kind: 'upsert'; exchange: Exchange } | { kind: 'clear' }) => void;

/** A bounded ring of exchanges, oldest dropped first; a Map keeps insertion order and O(1) eviction. */
export class WireLog {
  private readonly entries = new Map<string, Exchange>();
  /** Each kept exchange's body characters (as of its last upsert), and their sum. */
  private readonly sizes = new Map<string, number>();
  private totalChars = 0;
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
      if (this.remove(exchange.id)) this.emit({ kind: 'clear' });
      return;
    }
    this.entries.set(exchange.id, exchange);
    const chars = bodyChars(exchange);
    this.totalChars += chars - (this.sizes.get(exchange.id) ?? 0);
    this.sizes.set(exchange.id, chars);
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
    this.sizes.clear();
    this.totalChars = 0;
    this.emit({ kind: 'clear' });
  }

  /** Subscribes to changes; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // Oldest first, past either cap; the newest exchange stays whatever its size.
  private evict(): void {
    while (this.entries.size > this.limits.maxEntries || (this.totalChars > totalCharsFor(this.limits) && this.entries.size > 1)) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.remove(oldest);
    }
  }

  private remove(id: string): boolean {
    this.totalChars -= this.sizes.get(id) ?? 0;
    this.sizes.delete(id);
    return this.entries.delete(id);
  }

  private emit(event: Parameters<Listener>[0]): void {
    for (const listener of this.listeners) listener(event);
  }
}

/** The body characters an exchange holds: request, response, and stream chunks. Pure. */
export function bodyChars(exchange: Exchange): number {
  let chars = (exchange.request.body?.length ?? 0) + (exchange.response?.body?.length ?? 0);
  for (const chunk of exchange.response?.chunks ?? []) chars += chunk.data.length;
  return chars;
}

/** A failed exchange: no response, an HTTP error, or an error during the stream. */
export function isFailure(exchange: Exchange): boolean {
  if (exchange.state === 'pending' || exchange.state === 'streaming') return false;
  return exchange.state === 'failed' || (exchange.response?.status ?? 0) >= 400 || !exchange.response;
}
