import { createContext, useContext } from 'react';
import type { AppInfo } from '../electron/shared/app-info';
import type { ProviderView } from '../electron/shared/provider';
import type { CauseInfo } from '../electron/shared/causes';
import type { Api } from './api/client';
import type { Route } from './hooks/use-hash-route';

/** What every view shares: the API, providers, the cause catalog. */
export interface AppContextValue {
  api: Api;
  providers: ProviderView[];
  causes: Record<string, CauseInfo>;
  info: AppInfo | undefined;
  refreshProviders(): Promise<void>;
  navigate(route: Route): void;
}

/** React context for AppContextValue. */
export const AppContext = createContext<AppContextValue | null>(null);

/** The app context; views render only inside App. */
export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside App');
  return value;
}
