import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProviderView } from '../../../electron/shared/provider';
import type { Outcome } from '../../store/state';
import { useStore } from '../../store/store';
import { describeKeyStatus } from './key-status-view';
import { AlertBanner } from '../../components/NoteBanner';

/** The write-only key field and the key's status: the value is never shown or read back. Deleting asks first. */
export function KeyField({ provider }: { provider: ProviderView }) {
  const { t } = useTranslation();
  const setKey = useStore((s) => s.setKey);
  const fixKey = useStore((s) => s.fixKey);
  const deleteKey = useStore((s) => s.deleteKey);
  const persistKeyWeakly = useStore((s) => s.persistKeyWeakly);
  const showToast = useStore((s) => s.showToast);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string>();
  const status = provider.key;
  const view = describeKeyStatus(status, provider.preset.auth.requirement, t);
  const id = provider.preset.id;
  const run = async (action: () => Promise<Outcome>) => {
    setError(undefined);
    const r = await action();
    if (!r.ok) setError(r.message);
    return r.ok;
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (draft && (await run(() => setKey(id, draft)))) setDraft('');
  };
  const remove = async () => {
    if (!window.confirm(t('key.confirmDelete', { provider: provider.preset.name }))) return;
    if (await run(() => deleteKey(id))) showToast({ text: t('key.deleted') });
  };
  if (provider.preset.auth.requirement === 'none') return <p className="muted">{t('key.noKeyNeeded')}</p>;
  return (
    <section className="key" aria-label={t('key.section')}>
      <h3>{t('key.title')}</h3>
      <div className={`key-status ${view.tone}`} role="status" aria-label={t('key.status')}>
        <strong>{view.label}</strong>
        {view.details.map((d) => (
          <div key={d}>{d}</div>
        ))}
      </div>
      {status.warnings.map((w) => (
        <div key={w.id} className={`banner ${w.severity === 'note' ? 'note' : 'warn'}`} data-warning={w.id}>
          {w.message}{' '}
          {w.fix && status.source !== 'env' && (
            <button type="button" onClick={() => void run(() => fixKey(id, w.fix!))}>
              {t(`key.fix.${w.fix}`)}
            </button>
          )}
        </div>
      ))}
      {status.canPersistWeakly && (
        <button type="button" onClick={() => void run(() => persistKeyWeakly(id))}>
          {t('key.weaker')}
        </button>
      )}
      <form onSubmit={save} className="row">
        <label className="grow">
          {status.source === 'stored' || status.source === 'session' ? t('key.replace') : t('key.field')}
          <input type="password" autoComplete="off" spellCheck={false} value={draft} onChange={(e) => setDraft(e.target.value)} placeholder={status.masked ? t('key.current', { masked: status.masked }) : t('key.paste')} />
        </label>
        <button type="submit" className="primary" disabled={!draft}>
          {t('key.save')}
        </button>
        {(status.source === 'stored' || status.source === 'session' || status.needsReentry) && (
          <button type="button" className="danger" onClick={() => void remove()}>
            {t('key.delete')}
          </button>
        )}
      </form>
      <AlertBanner text={error} />
    </section>
  );
}
