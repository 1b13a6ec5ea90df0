import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../store/store';
import { downloadText } from './download';

/**
 * "Save a diagnostic bundle…": builds the bundle in main (no secrets in it), shows what it holds and
 * its whole text, and saves it only when the user says so.
 */
export function BundleButton({ providerId, exchangeIds }: { providerId?: string; exchangeIds?: string[] }) {
  const { t } = useTranslation();
  const makeBundle = useStore((s) => s.makeBundle);
  const [bundle, setBundle] = useState<{ text: string; filename: string; summary: string[] }>();
  const [error, setError] = useState<string>();
  const open = async () => {
    const r = await makeBundle({ ...(providerId ? { providerId } : {}), ...(exchangeIds ? { exchangeIds } : {}) });
    if ('error' in r) setError(r.error);
    else setBundle(r);
  };
  return (
    <>
      <button type="button" onClick={() => void open()}>
        {t('bundle.make')}
      </button>
      {error && (
        <span role="alert" className="small warn">
          {error}
        </span>
      )}
      {bundle && (
        <div className="overlay" onMouseDown={(e) => e.target === e.currentTarget && setBundle(undefined)} onKeyDown={(e) => e.key === 'Escape' && setBundle(undefined)}>
          <div className="dialog" role="dialog" aria-modal="true" aria-label={t('bundle.preview')}>
            <div className="dialog-head">
              <h2>{t('bundle.preview')}</h2>
            </div>
            <p className="small">{t('bundle.intro')}</p>
            <h3>{t('bundle.contents')}</h3>
            <ul className="small">
              {bundle.summary.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <textarea className="curl" readOnly rows={12} value={bundle.text} aria-label={t('bundle.text')} />
            <div className="row">
              <button
                type="button"
                className="primary"
                onClick={() => {
                  downloadText(bundle.filename, bundle.text);
                  setBundle(undefined);
                }}
              >
                {t('bundle.save')}
              </button>
              <button type="button" onClick={() => setBundle(undefined)}>
                {t('bundle.close')}
              </button>
            </div>
          </div>
        </div>
      )}
    </>
  );
}
