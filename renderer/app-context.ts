import { createContext, useContext } from 'react';
import type { Route } from './hooks/use-hash-route';

/** What every view shares besides the store: where it is, and how to go elsewhere. */
export interface AppContextValue {
  route: Route;
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
