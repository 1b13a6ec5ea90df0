import type { ProviderView } from '../../../electron/shared/provider';
import { useStore } from '../../store/store';

/**
 * Extra headers: the saved ones by name with a masked value (values are stored encrypted, like keys,
 * and never come back to the window), each removable; new ones typed as "Name: value" lines and
 * saved with the settings.
 */
export function HeadersField({ provider, draft, onDraft, errors }: { provider: ProviderView; draft: string; onDraft(text: string): void; errors: string[] }) {
  const updateProvider = useStore((s) => s.updateProvider);
  const id = provider.preset.id;
  return (
    <fieldset className="headers-field">
      <legend>Extra headers</legend>
      {provider.headers.length > 0 && (
        <ul className="saved-headers" aria-label="Saved headers">
          {provider.headers.map((h) => (
            <li key={h.name}>
              <code>{h.name}</code>: {h.masked ?? '(needs re-entry)'} {h.length !== undefined && <span className="muted small">({h.length} chars, sha256 {h.fingerprint})</span>}
              {h.sessionOnly && <span className="muted small"> · kept for this run only</span>}{' '}
              <button type="button" aria-label={`Remove header ${h.name}`} onClick={() => void updateProvider({ providerId: id, headers: { [h.name]: null } })}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <label>
        Add or replace headers (one "Name: value" per line; values are stored encrypted)
        <textarea value={draft} onChange={(e) => onDraft(e.target.value)} rows={2} spellCheck={false} placeholder="HTTP-Referer: https://example.com" />
      </label>
      {errors.length > 0 && <p className="banner warn">{errors.join('; ')}</p>}
    </fieldset>
  );
}
