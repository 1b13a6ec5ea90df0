import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../store/store';

const SHOWN_MS = 10_000;

/** A short notice at the bottom of the window, with its action (Undo) while it shows. */
export function ToastBar() {
  const { t } = useTranslation();
  const toast = useStore((s) => s.toast);
  const showToast = useStore((s) => s.showToast);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => showToast(undefined), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [toast, showToast]);
  if (!toast) return null;
  return (
    <div className="toast" role="status">
      <span>{toast.text}</span>
      {toast.action && (
        <button
          type="button"
          onClick={() => {
            toast.action!.run();
            showToast(undefined);
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="icon" aria-label={t('common.close')} onClick={() => showToast(undefined)}>
        ×
      </button>
    </div>
  );
}
