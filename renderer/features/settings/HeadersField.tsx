import { useTranslation } from 'react-i18next';
import type { ProviderView } from '../../../electron/shared/provider';
import { useStore } from '../../store/store';
import type { HeaderLineError } from './headers-text';

/**
 * Extra headers: the saved ones by name with a masked value (values are stored encrypted, like keys,
 * and never come back to the window), each removable; new ones typed as "Name: value" lines and
 * saved with the settings.
 */
export function HeadersField({ provider, draft, onDraft, errors }: { provider: ProviderView; draft: string; onDraft(text: string): void; errors: HeaderLineError[] }) {
  const { t } = useTranslation();
  const updateProvider = useStore((s) => s.updateProvider);
  const id = provider.preset.id;
  return (
    <fieldset className="headers-field">
      <legend>{t('provider.headers.legend')}</legend>
      {provider.headers.length > 0 && (
        <ul className="saved-headers" aria-label={t('provider.headers.saved')}>
          {provider.headers.map((h) => (
            <li key={h.name}>
              <code>{h.name}</code>: {h.masked ?? t('provider.headers.needsReentry')} {h.length !== undefined && <span className="muted small">{t('provider.headers.details', { length: h.length, fingerprint: h.fingerprint ?? '' })}</span>}
              {h.sessionOnly && <span className="muted small">{t('provider.headers.sessionOnly')}</span>}{' '}
              <button type="button" aria-label={t('provider.headers.remove', { name: h.name })} onClick={() => void updateProvider({ providerId: id, headers: { [h.name]: null } })}>
                {t('common.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <label>
        {t('provider.headers.add')}
        <textarea value={draft} onChange={(e) => onDraft(e.target.value)} rows={2} spellCheck={false} placeholder="HTTP-Referer: https://example.com" />
      </label>
      {errors.length > 0 && <p className="banner warn">{errors.map((e) => (e.name ? t('provider.headers.badName', { line: e.line, name: e.name }) : t('provider.headers.invalid', { line: e.line }))).join(' ')}</p>}
    </fieldset>
  );
}
