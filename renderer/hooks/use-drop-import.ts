import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore, useStoreApi } from '../store/store';

/** True for a Switchboard history export or ChatGPT's conversations.json (an array of conversations with a mapping). Pure. */
export function isHistoryExport(text: string): boolean {
  try {
    const value = JSON.parse(text) as unknown;
    if (Array.isArray(value)) return value.length > 0 && typeof value[0] === 'object' && value[0] !== null && 'mapping' in value[0];
    return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === 'switchboard-history';
  } catch {
    return false;
  }
}

/**
 * Files dropped anywhere on the window: a history export (Switchboard JSON, or ChatGPT's
 * conversations.json) is imported, and the window says how it went; any other file is attached to
 * the next message. Returns whether files are being dragged over, to show the drop hint.
 */
export function useDropImport(): boolean {
  const { t } = useTranslation();
  const store = useStoreApi();
  const showToast = useStore((s) => s.showToast);
  const [over, setOver] = useState(false);
  useEffect(() => {
    const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(true);
    };
    const onLeave = (e: DragEvent) => {
      if (!e.relatedTarget) setOver(false);
    };
    const onDrop = async (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(false);
      const dropped = [...(e.dataTransfer?.files ?? [])];
      const toAttach: File[] = [];
      for (const file of dropped) {
        // A history export (Switchboard's or ChatGPT's) is imported; every other file is attached.
        const text = file.name.toLowerCase().endsWith('.json') && file.size < 500 * 1024 * 1024 ? await file.text() : undefined;
        if (text !== undefined && isHistoryExport(text)) {
          const r = await store.getState().importHistory(text);
          showToast({ text: r.ok ? t('app.dropImported', { count: r.imported ?? 0, file: file.name }) : t('app.dropFailed', { file: file.name, message: r.message }) });
          if (r.ok) await store.getState().loadConversations();
        } else toAttach.push(file);
      }
      if (toAttach.length) await store.getState().attachFiles(toAttach);
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [store, showToast, t]);
  return over;
}
