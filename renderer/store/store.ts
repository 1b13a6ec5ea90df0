import { createContext, useContext } from 'react';
import { useStore as useZustandStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../api/client';
import { createAppSlice } from './app-slice';
import { createChatSlice } from './chat-slice';
import { createNetlogSlice } from './netlog-slice';
import { createProvidersSlice } from './providers-slice';
import { createHistorySlice } from './history-slice';
import { createUiSlice } from './ui-slice';
import { createAttachmentsSlice } from './attachments-slice';
import { createMcpSlice } from './mcp-slice';
import type { AppState } from './state';

/** The window's store. */
export type AppStore = StoreApi<AppState>;

/** Builds the store on an API; `schedule` batches netlog pushes (one animation frame by default). */
export function createAppStore(api: Api, schedule: (flush: () => void) => void = (f) => void requestAnimationFrame(f)): AppStore {
  return createStore<AppState>()((set, get) => ({
    ...createAppSlice(set, get, api),
    ...createProvidersSlice(set, get, api),
    ...createChatSlice(set, get, api),
    ...createNetlogSlice(set, api, schedule),
    ...createHistorySlice(set, get, api),
    ...createUiSlice(set),
    ...createAttachmentsSlice(set, get, api),
    ...createMcpSlice(set, api, schedule),
  }));
}

/** Routes the main process's pushes into the store; returns the unsubscribe function. */
export function connectPushes(store: AppStore, api: Api): () => void {
  const { receiveDelta, receiveDone, receiveStep, receiveExchange, loadNetlog, receiveMcpLog, loadMcp } = store.getState();
  const offs = [
    api.on('chat:delta', receiveDelta),
    api.on('chat:done', receiveDone),
    api.on('chat:step', receiveStep),
    api.on('netlog:entry', receiveExchange),
    api.on('netlog:cleared', () => void loadNetlog()),
    api.on('mcp:log', receiveMcpLog),
    api.on('mcp:changed', () => void loadMcp()),
  ];
  return () => offs.forEach((off) => off());
}

/** React context holding the store. */
export const StoreContext = createContext<AppStore | null>(null);

/** Reads from the store; re-renders when the selected value changes. */
export function useStore<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore outside the store provider');
  return useZustandStore(store, selector);
}

/** The store itself, for reading the latest state inside callbacks and effects. */
export function useStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStoreApi outside the store provider');
  return store;
}
