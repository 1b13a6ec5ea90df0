import { useState, type FormEvent } from 'react';
import type { ProviderView } from '../../../electron/shared/provider';
import type { Outcome } from '../../store/state';
import { useStore } from '../../store/store';
import { describeKeyStatus } from './key-status-view';

const FIX_LABEL = { trim: 'Trim whitespace', unquote: 'Remove quotes', 'strip-bearer': 'Remove "Bearer "', 'strip-invisible': 'Remove invisible characters' } as const;

/** The write-only key field and the key's status: the value is never shown or read back. */
export function KeyField({ provider }: { provider: ProviderView }) {
  const setKey = useStore((s) => s.setKey);
  const fixKey = useStore((s) => s.fixKey);
  const deleteKey = useStore((s) => s.deleteKey);
  const persistKeyWeakly = useStore((s) => s.persistKeyWeakly);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string>();
  const status = provider.key;
  const view = describeKeyStatus(status, provider.preset.auth.requirement);
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
  if (provider.preset.auth.requirement === 'none') return <p className="muted">This provider runs without a key.</p>;
  return (
    <section className="key" aria-label="Key management">
      <h3>API key</h3>
      <div className={`key-status ${view.tone}`} role="status" aria-label="Key status">
        <strong>{view.label}</strong>
        {view.details.map((d) => (
          <div key={d}>{d}</div>
        ))}
      </div>
      {status.warnings.map((w) => (
        <div key={w.id} className="banner warn" data-warning={w.id}>
          {w.message}{' '}
          {w.fix && status.source !== 'env' && (
            <button type="button" onClick={() => void run(() => fixKey(id, w.fix!))}>
              {FIX_LABEL[w.fix]}
            </button>
          )}
        </div>
      ))}
      {status.canPersistWeakly && (
        <button type="button" onClick={() => void run(() => persistKeyWeakly(id))}>
          Store with weaker protection
        </button>
      )}
      <form onSubmit={save} className="row">
        <label className="grow">
          {status.source === 'stored' || status.source === 'session' ? 'Replace API key' : 'API key'}
          <input type="password" autoComplete="off" spellCheck={false} value={draft} onChange={(e) => setDraft(e.target.value)} placeholder={status.masked ? `current: ${status.masked}` : 'paste the key'} />
        </label>
        <button type="submit" className="primary" disabled={!draft}>
          Save key
        </button>
        {(status.source === 'stored' || status.source === 'session' || status.needsReentry) && (
          <button type="button" onClick={() => void run(() => deleteKey(id))}>
            Delete key
          </button>
        )}
      </form>
      {error && (
        <div role="alert" className="banner bad">
          {error}
        </div>
      )}
    </section>
  );
}
