import { useEffect, useMemo } from 'react';
import type { Api } from './api/client';
import { ChatView } from './features/chat/ChatView';
import { InspectorView } from './features/inspector/InspectorView';
import { SettingsView } from './features/settings/SettingsView';
import { useHashRoute, type Route } from './hooks/use-hash-route';
import { useShortcut } from './hooks/use-shortcut';
import { AppContext } from './app-context';
import { ErrorBoundary } from './components/ErrorBoundary';
import { connectPushes, createAppStore, StoreContext, useStore } from './store/store';

const TABS: { view: Route['view']; label: string }[] = [
  { view: 'chat', label: 'Chat' },
  { view: 'network', label: 'Network' },
  { view: 'settings', label: 'Settings' },
];

function Banners() {
  const fatal = useStore((s) => s.fatal);
  const problems = useStore((s) => s.info?.problems);
  return (
    <>
      {fatal && (
        <div role="alert" className="banner bad">
          {fatal}
        </div>
      )}
      {problems?.map((p) => (
        <div key={p} role="alert" className="banner warn">
          {p}
        </div>
      ))}
    </>
  );
}

function Shell({ route, navigate }: { route: Route; navigate(route: Route): void }) {
  // Ctrl/Cmd+, opens settings (the desktop menu has the same accelerator).
  useShortcut(',', () => navigate({ view: 'settings' }));
  return (
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
      <Banners />
      <div className="content">
        <ErrorBoundary resetKey={route.view}>
          {route.view === 'chat' && <ChatView />}
          {route.view === 'network' && <InspectorView selectedId={route.param} />}
          {route.view === 'settings' && <SettingsView selectedId={route.param} />}
        </ErrorBoundary>
      </div>
    </div>
  );
}

/** The window: the store, the pushes into it, and navigation between chat, network and settings. */
export function App({ api }: { api: Api }) {
  const store = useMemo(() => createAppStore(api), [api]);
  const [route, navigate] = useHashRoute();
  useEffect(() => {
    const { loadApp, refreshProviders, loadNetlog } = store.getState();
    void loadApp();
    void refreshProviders();
    void loadNetlog();
    return connectPushes(store, api);
  }, [store, api]);
  return (
    <StoreContext.Provider value={store}>
      <AppContext.Provider value={{ route, navigate }}>
        <Shell route={route} navigate={navigate} />
      </AppContext.Provider>
    </StoreContext.Provider>
  );
}
