import { useTranslation } from 'react-i18next';
import { useApp } from '../../app-context';
import { useLeaveGuard } from '../../hooks/use-leave-guard';
import { useStore } from '../../store/store';
import { ProviderForm } from './ProviderForm';
import { HistorySettings } from './HistorySettings';
import { AddProviderForm } from './AddProviderForm';
import { NetworkSettings } from './NetworkSettings';
import { AppearanceSettings } from './AppearanceSettings';
import { McpSettings } from '../tools/McpSettings';

const PAGES = ['add-provider', 'tools', 'appearance', 'network', 'history'] as const;
type Page = (typeof PAGES)[number];
const PAGE_LABEL = { 'add-provider': 'settings.addProvider', tools: 'settings.tools', appearance: 'settings.appearance', network: 'settings.network', history: 'settings.history' } as const;

function PageView({ page }: { page: Page }) {
  if (page === 'history') return <HistorySettings />;
  if (page === 'add-provider') return <AddProviderForm />;
  if (page === 'network') return <NetworkSettings />;
  if (page === 'tools') return <McpSettings />;
  return <AppearanceSettings />;
}

/** Settings: every provider, with its key, base URL and model; then adding providers, the look, the network, the history. */
export function SettingsView({ selectedId }: { selectedId: string | undefined }) {
  const { t } = useTranslation();
  const { navigate } = useApp();
  const mayLeave = useLeaveGuard();
  const providers = useStore((s) => s.providers);
  const info = useStore((s) => s.info);
  const page = PAGES.find((p) => p === selectedId);
  const selected = providers.find((p) => p.preset.id === selectedId) ?? providers[0];
  const go = (param: string) => param !== selectedId && mayLeave() && navigate({ view: 'settings', param });
  return (
    <div className="settings">
      <aside className="sidebar" aria-label={t('settings.providers')}>
        {/* The pages first: below two dozen providers they would be out of sight. */}
        {PAGES.map((p) => (
          <button key={p} type="button" className="page-link" aria-current={page === p ? 'true' : undefined} onClick={() => go(p)}>
            {t(PAGE_LABEL[p])}
          </button>
        ))}
        <ul className="provider-list">
          {providers.map((p) => (
            <li key={p.preset.id}>
              <button type="button" aria-current={!page && p.preset.id === selected?.preset.id ? 'true' : undefined} onClick={() => go(p.preset.id)}>
                {p.preset.name}
                <span className={`dot ${p.key.source === 'none' ? (p.preset.auth.requirement === 'required' ? 'none' : 'optional') : p.key.warnings.some((w) => w.severity !== 'note') ? 'warn' : 'ok'}`} aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
        {info && <p className="muted small">{info.cipherStrength === 'os' ? t('settings.keysOs', { backend: info.cipherBackend }) : info.cipherStrength === 'file' ? t('settings.keysFile') : t('settings.keysNone')}</p>}
      </aside>
      {page ? <PageView page={page} /> : selected && <ProviderForm key={selected.preset.id} provider={selected} />}
    </div>
  );
}
