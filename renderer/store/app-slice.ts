import type { AppInfo } from '../../electron/shared/app-info';
import type { CauseInfo } from '../../electron/shared/causes';
import type { Api } from '../api/client';
import type { SliceSet } from './slice';

/** What the app is and the cause catalog. */
export interface AppSlice {
  info: AppInfo | undefined;
  causes: Record<string, CauseInfo>;
  /** A failure that keeps the window from working (the bridge is gone). */
  fatal: string | undefined;
  loadApp(): Promise<void>;
}

/** The app slice. */
export function createAppSlice(set: SliceSet, api: Api): AppSlice {
  return {
    info: undefined,
    causes: {},
    fatal: undefined,
    async loadApp() {
      const [info, causes] = await Promise.all([api.invoke('app:info', {}), api.invoke('causes:catalog', {})]);
      set({
        ...(info.ok ? { info: info.value } : { fatal: info.error.message }),
        ...(causes.ok ? { causes: Object.fromEntries(causes.value.causes.map((c) => [c.id, c])) } : {}),
      });
    },
  };
}
