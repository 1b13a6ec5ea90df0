import type { Api } from '../api/client';
import type { ModelChoice, Outcome, ProvidersSlice, SliceGet, SliceSet } from './state';

function outcome(r: { ok: true } | { ok: false; error: { message: string; causes?: string[] } }): Outcome {
  return r.ok ? { ok: true } : { ok: false, message: r.error.message, ...(r.error.causes ? { causes: r.error.causes } : {}) };
}

/** The providers slice: every change refreshes the list, so all views see one truth. */
export function createProvidersSlice(set: SliceSet, get: SliceGet, api: Api): ProvidersSlice {
  const thenRefresh = async (r: Parameters<typeof outcome>[0]) => {
    await get().refreshProviders();
    return outcome(r);
  };
  return {
    providers: [],
    modelChoices: {},
    testReports: {},
    async refreshProviders() {
      const r = await api.invoke('providers:list', {});
      if (r.ok) set({ providers: r.value.providers });
      else set({ fatal: r.error.message });
    },
    async updateProvider(change) {
      const r = await api.invoke('providers:update', change);
      if (change.baseUrl !== undefined || change.protocol !== undefined) set((s) => ({ modelChoices: { ...s.modelChoices, [change.providerId]: { ids: [] } } }));
      return thenRefresh(r);
    },
    async previewUrls(providerId, baseUrl, protocol) {
      const r = await api.invoke('providers:preview', { providerId, baseUrl, protocol });
      return r.ok ? r.value : undefined;
    },
    async loadModels(providerId, refresh) {
      const r = await api.invoke('models:list', { providerId, refresh });
      const choice: ModelChoice = r.ok ? { ids: r.value.models.map((m) => m.id), ...(r.value.models.length ? {} : { note: { kind: 'empty' as const } }) } : { ids: [], note: { kind: 'failed', message: r.error.message } };
      set((s) => ({ modelChoices: { ...s.modelChoices, [providerId]: choice } }));
      return choice;
    },
    async testProvider(providerId) {
      set((s) => ({ testReports: { ...s.testReports, [providerId]: 'running' } }));
      const r = await api.invoke('providers:test', { providerId });
      set((s) => {
        const testReports = { ...s.testReports };
        if (r.ok) testReports[providerId] = r.value;
        else delete testReports[providerId];
        return { testReports };
      });
      return thenRefresh(r);
    },
    setKey: async (providerId, key) => thenRefresh(await api.invoke('keys:set', { providerId, key })),
    fixKey: async (providerId, fix) => thenRefresh(await api.invoke('keys:fix', { providerId, fix })),
    deleteKey: async (providerId) => thenRefresh(await api.invoke('keys:delete', { providerId })),
    persistKeyWeakly: async (providerId) => thenRefresh(await api.invoke('keys:persist-weak', { providerId })),
    async addProvider(input) {
      const r = await api.invoke('providers:add', input);
      return { ...(await thenRefresh(r)), ...(r.ok ? { id: r.value.preset.id } : {}) };
    },
    removeProvider: async (providerId) => thenRefresh(await api.invoke('providers:remove', { providerId })),
    async exportProviders() {
      const r = await api.invoke('providers:export', {});
      return r.ok ? r.value : { error: r.error.message };
    },
    async importProviders(text) {
      const r = await api.invoke('providers:import', { text });
      return { ...(await thenRefresh(r)), ...(r.ok ? r.value : {}) };
    },
  };
}
