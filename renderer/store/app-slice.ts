import type { Api } from '../api/client';
import type { AppSlice, SliceSet } from './state';

/** The app slice. */
export function createAppSlice(set: SliceSet, api: Api): AppSlice {
  return {
    info: undefined,
    causes: {},
    fatal: undefined,
    proxy: undefined,
    async loadProxy() {
      const r = await api.invoke('proxy:get', {});
      if (r.ok) set({ proxy: r.value });
    },
    async saveProxy(change) {
      const r = await api.invoke('proxy:set', change);
      if (r.ok) set({ proxy: r.value });
      return r.ok ? { ok: true } : { ok: false, message: r.error.message };
    },
    async loadApp() {
      const [info, causes] = await Promise.all([api.invoke('app:info', {}), api.invoke('causes:catalog', {})]);
      set({
        ...(info.ok ? { info: info.value } : { fatal: info.error.message }),
        ...(causes.ok ? { causes: Object.fromEntries(causes.value.causes.map((c) => [c.id, c])) } : {}),
      });
    },
  };
}
