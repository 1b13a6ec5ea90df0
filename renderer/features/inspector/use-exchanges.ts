import { useEffect, useRef, useState } from 'react';
import type { Exchange } from '../../../electron/shared/exchange';
import type { Api } from '../../api/client';

/**
 * The wire log as seen by the window. Pushed entries are collected and applied once per animation
 * frame, so a fast stream never makes the window re-render per chunk.
 */
export function useExchanges(api: Api): { exchanges: Exchange[]; clear(): Promise<void> } {
  const [exchanges, setExchanges] = useState<Exchange[]>([]);
  const queue = useRef(new Map<string, Exchange>());
  const frame = useRef<number | undefined>(undefined);

  useEffect(() => {
    let alive = true;
    void api.invoke('netlog:list', {}).then((r) => alive && r.ok && setExchanges(r.value.entries));
    const flush = () => {
      frame.current = undefined;
      const batch = queue.current;
      queue.current = new Map();
      setExchanges((prev) => mergeExchanges(prev, batch));
    };
    const offEntry = api.on('netlog:entry', (e) => {
      queue.current.set(e.id, e);
      frame.current ??= requestAnimationFrame(flush);
    });
    const offCleared = api.on('netlog:cleared', () => {
      void api.invoke('netlog:list', {}).then((r) => r.ok && setExchanges(r.value.entries));
    });
    return () => {
      alive = false;
      offEntry();
      offCleared();
      if (frame.current !== undefined) cancelAnimationFrame(frame.current);
    };
  }, [api]);

  return {
    exchanges,
    clear: async () => {
      await api.invoke('netlog:clear', {});
      setExchanges([]);
    },
  };
}

/** Applies a batch of updates: replaces known entries in place, appends new ones. Pure. */
export function mergeExchanges(prev: readonly Exchange[], batch: ReadonlyMap<string, Exchange>): Exchange[] {
  if (batch.size === 0) return prev as Exchange[];
  const rest = new Map(batch);
  const next = prev.map((e) => {
    const update = rest.get(e.id);
    if (!update) return e;
    rest.delete(e.id);
    return update;
  });
  return [...next, ...rest.values()];
}
