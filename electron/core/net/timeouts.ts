import { DEFAULT_TIMEOUT_SECONDS } from '../../shared/provider';

/** How long to wait, in milliseconds: for the answer to begin, and between pieces of it. */
export interface Timeouts {
  /** Until the response headers arrive (includes connecting). */
  firstByteMs: number;
  /** Between two pieces of a streamed body. */
  idleMs: number;
}

/** The defaults (electron/shared/provider), in milliseconds. Node's own fetch would wait 300 s and say "terminated". */
export const DEFAULT_TIMEOUTS: Timeouts = { firstByteMs: DEFAULT_TIMEOUT_SECONDS.firstByteS * 1000, idleMs: DEFAULT_TIMEOUT_SECONDS.idleS * 1000 };

/** Which limit fired, after how long; the abort reason of a timed-out request. */
export class TimeoutError extends Error {
  constructor(
    readonly limit: 'first-byte' | 'idle',
    readonly afterMs: number,
  ) {
    super(limit === 'first-byte' ? `Timed out: no answer within ${seconds(afterMs)} (the first-byte limit)` : `Timed out: the stream went quiet for ${seconds(afterMs)} (the idle limit between chunks)`);
    this.name = 'TimeoutError';
  }
}

function seconds(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/** A signal that aborts on the caller's Stop or when a limit passes, and the hooks that feed it. */
export interface Watchdog {
  signal: AbortSignal;
  /** The response headers arrived: switch from the first-byte limit to the idle limit. */
  headers(): void;
  /** A piece of the body arrived: restart the idle limit. */
  chunk(): void;
  /** The answer is complete (or failed): no more limits. */
  stop(): void;
  /** The limit that fired, if one did. */
  fired(): TimeoutError | undefined;
}

/** Watches one request. Ctrl-C or Stop (the outer signal) always wins over any limit. */
export function watchdog(timeouts: Timeouts, outer?: AbortSignal): Watchdog {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let fired: TimeoutError | undefined;
  let armed: TimeoutError['limit'] | undefined;
  const arm = (limit: TimeoutError['limit'], ms: number) => {
    clearTimeout(timer);
    armed = undefined;
    if (!Number.isFinite(ms) || ms <= 0) return;
    armed = limit;
    timer = setTimeout(() => {
      fired = new TimeoutError(limit, ms);
      controller.abort(fired);
    }, ms);
    // A pending limit never keeps a CLI process alive on its own.
    (timer as { unref?: () => void }).unref?.();
  };
  const onOuter = () => {
    clearTimeout(timer);
    armed = undefined;
    controller.abort(outer?.reason);
  };
  if (outer?.aborted) onOuter();
  else outer?.addEventListener('abort', onOuter, { once: true });
  arm('first-byte', timeouts.firstByteMs);
  return {
    signal: controller.signal,
    headers: () => arm('idle', timeouts.idleMs),
    chunk: () => {
      // Every streamed chunk restarts the idle limit: refreshing the armed timer (Node) spares a new one per chunk.
      const refresh = (timer as { refresh?: () => unknown } | undefined)?.refresh;
      if (refresh && armed === 'idle' && !fired) refresh.call(timer);
      else arm('idle', timeouts.idleMs);
    },
    stop: () => {
      clearTimeout(timer);
      armed = undefined;
      outer?.removeEventListener('abort', onOuter);
    },
    fired: () => fired,
  };
}
