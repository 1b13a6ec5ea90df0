import { useEffect, useMemo } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Api } from './api/client';
import { useHashRoute } from './hooks/use-hash-route';
import { AppContext } from './app-context';
import { createI18n } from './i18n/i18n';
import { Shell } from './Shell';
import { connectPushes, createAppStore, StoreContext } from './store/store';

/** The window: the store, the pushes into it, the interface language, and the shell. */
export function App({ api }: { api: Api }) {
  const store = useMemo(() => createAppStore(api), [api]);
  const i18n = useMemo(() => createI18n(), []);
  const [route, navigate] = useHashRoute();
  useEffect(() => {
    const { loadApp, refreshProviders, loadNetlog, loadPreferences, loadPrompts } = store.getState();
    void loadPreferences();
    void loadApp();
    void refreshProviders();
    void loadNetlog();
    void loadPrompts();
    return connectPushes(store, api);
  }, [store, api]);
  return (
    <I18nextProvider i18n={i18n}>
      <StoreContext.Provider value={store}>
        <AppContext.Provider value={{ route, navigate }}>
          <Shell route={route} navigate={navigate} i18n={i18n} />
        </AppContext.Provider>
      </StoreContext.Provider>
    </I18nextProvider>
  );
}
