import type { Api } from '../api/client';
import type { AttachmentsSlice, SliceGet, SliceSet } from './state';

// A file's content as base64, read in the window (FileReader: no copy through a string of chars).
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

let counter = 0;

/** The composer's files and the URLs of stored ones: added through main (checked, kept by hash), shown from main. */
export function createAttachmentsSlice(set: SliceSet, get: SliceGet, api: Api): AttachmentsSlice {
  const urls = new Map<string, Promise<string | undefined>>();
  return {
    pending: [],
    async attachFiles(files) {
      await Promise.all(
        files.map(async (file) => {
          const key = `p${++counter}`;
          const previewUrl = file.type.startsWith('image/') ? URL.createObjectURL(file) : undefined;
          set((s) => ({ pending: [...s.pending, { key, name: file.name || 'pasted image', size: file.size, ...(previewUrl ? { previewUrl } : {}) }] }));
          const update = (patch: object) => set((s) => ({ pending: s.pending.map((p) => (p.key === key ? { ...p, ...patch } : p)) }));
          try {
            const r = await api.invoke('attachments:add', { name: file.name || `pasted-${Date.now()}.png`, mime: file.type, data: await base64Of(file) });
            update(r.ok ? { ref: r.value } : { error: r.error.message });
          } catch (error) {
            update({ error: (error as Error).message });
          }
        }),
      );
    },
    removePending(key) {
      const gone = get().pending.find((p) => p.key === key);
      if (gone?.previewUrl) URL.revokeObjectURL(gone.previewUrl);
      set((s) => ({ pending: s.pending.filter((p) => p.key !== key) }));
    },
    attachmentUrl(id, variant) {
      const key = `${id}:${variant}`;
      if (!urls.has(key))
        urls.set(
          key,
          api.invoke('attachments:read', { id, variant }).then((r) => (r.ok ? `data:${r.value.mime};base64,${r.value.base64}` : undefined)),
        );
      return urls.get(key)!;
    },
  };
}
