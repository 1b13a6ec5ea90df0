import type { Api } from '../api/client';
import type { AppSlice, SliceGet, SliceSet } from './state';

/** The app slice. */
export function createAppSlice(set: SliceSet, get: SliceGet, api: Api): AppSlice {
  return {
    info: undefined,
    causes: {},
    fatal: undefined,
    preferences: undefined,
    async loadPreferences() {
      const r = await api.invoke('prefs:get', {});
      if (r.ok) set({ preferences: r.value });
    },
    async setPreferences(change) {
      const r = await api.invoke('prefs:set', change);
      if (r.ok) set({ preferences: r.value });
      return r.ok ? { ok: true } : { ok: false, message: r.error.message };
    },
    prompts: [],
    async loadPrompts() {
      const r = await api.invoke('prompts:list', {});
      if (r.ok) set({ prompts: r.value.prompts });
    },
    async savePrompt(prompt) {
      const r = await api.invoke('prompts:save', prompt);
      if (r.ok) await get().loadPrompts();
      return r.ok ? { ok: true } : { ok: false, message: r.error.message };
    },
    async deletePrompt(id) {
      const r = await api.invoke('prompts:delete', { id });
      if (r.ok) await get().loadPrompts();
      return r.ok ? { ok: true } : { ok: false, message: r.error.message };
    },
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
        ...(causes.ok ? { causes: Object.fromEntries([...causes.value.causes, ...causes.value.mcp].map((c) => [c.id, c])) } : {}),
      });
    },
  };
}
