import type { Exchange } from '../../electron/shared/exchange';
import type { Api } from '../api/client';
import type { NetlogSlice, SliceSet } from './state';

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

/**
 * The netlog slice. Pushed entries are collected and applied once per animation frame (HTTP
 * Toolkit's way), so a fast stream never makes the window re-render per chunk.
 */
export function createNetlogSlice(set: SliceSet, api: Api, schedule: (flush: () => void) => void): NetlogSlice {
  let queue = new Map<string, Exchange>();
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const batch = queue;
    queue = new Map();
    set((s) => ({ exchanges: mergeExchanges(s.exchanges, batch) }));
  };
  return {
    async compare(req) {
      const r = await api.invoke('netlog:compare', req);
      return r.ok ? r.value : { error: r.error.message };
    },
    async makeBundle(req) {
      const r = await api.invoke('diagnostics:bundle', req);
      return r.ok ? r.value : { error: r.error.message };
    },
    exchanges: [],
    netlogSettings: undefined,
    async loadNetlog() {
      const [list, settings] = await Promise.all([api.invoke('netlog:list', {}), api.invoke('netlog:settings', {})]);
      set({ ...(list.ok ? { exchanges: list.value.entries } : {}), ...(settings.ok ? { netlogSettings: settings.value } : {}) });
    },
    async clearNetlog() {
      await api.invoke('netlog:clear', {});
      queue.clear();
      set({ exchanges: [] });
    },
    async changeNetlogSettings(change) {
      const r = await api.invoke('netlog:settings', change);
      if (r.ok) set({ netlogSettings: r.value });
    },
    async getExchange(id) {
      const r = await api.invoke('netlog:get', { id });
      return r.ok ? { exchange: r.value } : { error: r.error.message };
    },
    async exportHar(ids) {
      const r = await api.invoke('netlog:har', ids ? { ids } : {});
      return r.ok ? r.value.har : undefined;
    },
    async copyCurl(id, withKey) {
      const r = await api.invoke('netlog:curl', { id, ...(withKey ? { withKey } : {}) });
      return r.ok ? { ...(r.value.curl ? { text: r.value.curl } : {}), copied: r.value.copied } : { copied: false, error: r.error.message };
    },
    receiveExchange(exchange) {
      queue.set(exchange.id, exchange);
      if (!scheduled) {
        scheduled = true;
        schedule(flush);
      }
    },
  };
}
