import { useApp } from '../../app-context';
import { useStore } from '../../store/store';
import { ProviderForm } from './ProviderForm';
import { HistorySettings } from './HistorySettings';
import { AddProviderForm } from './AddProviderForm';
import { NetworkSettings } from './NetworkSettings';

/** Settings: every provider, with its base URL, model and key status. */
export function SettingsView({ selectedId }: { selectedId: string | undefined }) {
  const { navigate } = useApp();
  const providers = useStore((s) => s.providers);
  const info = useStore((s) => s.info);
  const showHistory = selectedId === 'history';
  const showAdd = selectedId === 'add-provider';
  const showNetwork = selectedId === 'network';
  const selected = providers.find((p) => p.preset.id === selectedId) ?? providers[0];
  return (
    <div className="settings">
      <aside className="sidebar" aria-label="Providers">
        <ul className="provider-list">
          {providers.map((p) => (
            <li key={p.preset.id}>
              <button type="button" aria-current={p.preset.id === selected?.preset.id ? 'true' : undefined} onClick={() => navigate({ view: 'settings', param: p.preset.id })}>
                {p.preset.name}
                <span className={`dot ${p.key.source === 'none' ? (p.preset.auth.requirement === 'required' ? 'none' : 'optional') : p.key.warnings.length ? 'warn' : 'ok'}`} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="history-link" aria-current={showAdd ? 'true' : undefined} onClick={() => navigate({ view: 'settings', param: 'add-provider' })}>
          Add a provider…
        </button>
        <button type="button" className="history-link" aria-current={showNetwork ? 'true' : undefined} onClick={() => navigate({ view: 'settings', param: 'network' })}>
          Network and proxy
        </button>
        <button type="button" className="history-link" aria-current={showHistory ? 'true' : undefined} onClick={() => navigate({ view: 'settings', param: 'history' })}>
          History and backups
        </button>
        {info && (
          <p className="muted small">
            Keys: {info.cipherStrength === 'os' ? `OS keychain (${info.cipherBackend})` : info.cipherStrength === 'file' ? 'encrypted with a key file (preview mode)' : 'no OS keychain available'}
          </p>
        )}
      </aside>
      {showHistory ? <HistorySettings /> : showAdd ? <AddProviderForm /> : showNetwork ? <NetworkSettings /> : selected && <ProviderForm key={selected.preset.id} provider={selected} />}
    </div>
  );
}
