import { useTranslation } from 'react-i18next';
import { formatSize } from '../../../electron/shared/attachments';
import { useStore } from '../../store/store';

/** The files waiting for the next message: thumbnail or kind, name, size, removable; a refused one says why. */
export function AttachmentChips() {
  const { t } = useTranslation();
  const pending = useStore((s) => s.pending);
  const removePending = useStore((s) => s.removePending);
  if (!pending.length) return null;
  return (
    <ul className="chips" aria-label={t('attachments.list')}>
      {pending.map((p) => (
        <li key={p.key} className={`chip ${p.error ? 'bad' : ''}`}>
          {p.previewUrl ? <img src={p.previewUrl} alt="" className="chip-thumb" /> : <span className="chip-kind">{p.ref?.kind ?? '…'}</span>}
          <span className="chip-name">{p.name}</span>
          <span className="muted small">{formatSize(p.size)}</span>
          {!p.ref && !p.error && <span className="muted small">{t('attachments.adding')}</span>}
          {p.ref?.note === 'no-text' && <span className="small warn">{t('attachments.noText')}</span>}
          {p.error && (
            <span className="small warn" role="alert">
              {p.error}
            </span>
          )}
          <button type="button" className="icon" aria-label={t('attachments.remove', { name: p.name })} onClick={() => removePending(p.key)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
