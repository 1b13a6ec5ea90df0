import type { Api } from '../api/client';
import type { HistorySlice, SliceGet, SliceSet } from './state';

/** The history slice: snapshots listed, taken and restored; conversations imported. */
export function createHistorySlice(set: SliceSet, get: SliceGet, api: Api): HistorySlice {
  return {
    backups: [],
    async loadBackups() {
      const r = await api.invoke('history:backups', {});
      if (r.ok) set({ backups: r.value.backups });
    },
    async backupNow() {
      const r = await api.invoke('history:backup-now', {});
      await get().loadBackups();
      return r.ok ? { ok: true } : { ok: false, message: r.error.message };
    },
    async restoreBackup(file) {
      const r = await api.invoke('history:restore', { file });
      if (!r.ok) return { ok: false, message: r.error.message };
      set({ current: undefined });
      const all = await get().loadConversations();
      if (all[0]) await get().openConversation(all[0].id);
      await get().loadBackups();
      return { ok: true };
    },
    async importHistory(text) {
      const r = await api.invoke('conversations:import', { text });
      if (!r.ok) return { ok: false, message: r.error.message };
      await get().loadConversations();
      return { ok: true, imported: r.value.imported };
    },
  };
}
