import type { AppSlice } from './app-slice';
import type { ChatSlice } from './chat-slice';
import type { NetlogSlice } from './netlog-slice';
import type { ProvidersSlice } from './providers-slice';

/** The whole store: one slice per domain. */
export type AppState = AppSlice & ProvidersSlice & ChatSlice & NetlogSlice;

/** Sets part of the state (zustand's `set`, narrowed to partial objects and updaters). */
export type SliceSet = (partial: Partial<AppState> | ((state: AppState) => Partial<AppState>)) => void;

/** Reads the current state. */
export type SliceGet = () => AppState;
