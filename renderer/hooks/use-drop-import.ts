import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore, useStoreApi } from '../store/store';

/**
 * A conversation export (Switchboard JSON) or ChatGPT's conversations.json dropped anywhere on the
 * window is imported into the history; the window says how it went. Returns whether a file is
 * being dragged over, to show the drop hint.
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
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      const r = await store.getState().importHistory(await file.text());
      showToast({ text: r.ok ? t('app.dropImported', { count: r.imported ?? 0, file: file.name }) : t('app.dropFailed', { file: file.name, message: r.message }) });
      if (r.ok) await store.getState().loadConversations();
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
