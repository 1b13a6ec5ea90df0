import { useCallback, useEffect, useState } from 'react';
import type { AppInfo } from '../electron/shared/app-info';
import type { ProviderView } from '../electron/shared/provider';
import type { CauseInfo } from '../electron/shared/causes';
import type { Api } from './api/client';
import { ChatView } from './features/chat/ChatView';
import { InspectorView } from './features/inspector/InspectorView';
import { SettingsView } from './features/settings/SettingsView';
import { useHashRoute, type Route } from './hooks/use-hash-route';
import { AppContext } from './app-context';
import { ErrorBoundary } from './components/ErrorBoundary';

const TABS: { view: Route['view']; label: string }[] = [
  { view: 'chat', label: 'Chat' },
  { view: 'network', label: 'Network' },
  { view: 'settings', label: 'Settings' },
];

/** The window: navigation between chat, the network inspector and settings. */
export function App({ api }: { api: Api }) {
  const [route, navigate] = useHashRoute();
  const [providers, setProviders] = useState<ProviderView[]>([]);
  const [causes, setCauses] = useState<Record<string, CauseInfo>>({});
  const [info, setInfo] = useState<AppInfo>();
  const [fatal, setFatal] = useState<string>();

  const refreshProviders = useCallback(async () => {
    const r = await api.invoke('providers:list', {});
    if (r.ok) setProviders(r.value.providers);
    else setFatal(r.error.message);
  }, [api]);

  // Ctrl/Cmd+, opens settings (the desktop menu has the same accelerator).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key === ',') {
        e.preventDefault();
        navigate({ view: 'settings' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  useEffect(() => {
    void refreshProviders();
    void api.invoke('causes:catalog', {}).then((r) => r.ok && setCauses(Object.fromEntries(r.value.causes.map((c) => [c.id, c]))));
    void api.invoke('app:info', {}).then((r) => r.ok && setInfo(r.value));
  }, [api, refreshProviders]);

  return (
    <AppContext.Provider value={{ api, providers, causes, info, refreshProviders, navigate }}>
      <div className="app">
        <header className="topbar">
          <span className="brand">Switchboard</span>
          <nav aria-label="Main">
            {TABS.map((t) => (
              <a key={t.view} href={`#/${t.view}`} aria-current={route.view === t.view ? 'page' : undefined} className={route.view === t.view ? 'active' : ''}>
                {t.label}
              </a>
            ))}
          </nav>
        </header>
        {fatal && (
          <div role="alert" className="banner bad">
            {fatal}
          </div>
        )}
        {info?.problems.map((p) => (
          <div key={p} role="alert" className="banner warn">
            {p}
          </div>
        ))}
        <div className="content">
          <ErrorBoundary resetKey={route.view}>
            {route.view === 'chat' && <ChatView />}
            {route.view === 'network' && <InspectorView selectedId={route.param} />}
            {route.view === 'settings' && <SettingsView selectedId={route.param} />}
          </ErrorBoundary>
        </div>
      </div>
    </AppContext.Provider>
  );
}
