import type { Core } from '../../core/app';
import type { Handlers } from '../serve';

/** The history's snapshots: list, take one now, restore one. */
export function historyHandlers(core: Core): Pick<Handlers, 'history:backups' | 'history:backup-now' | 'history:restore'> {
  const { history } = core;
  return {
    'history:backups': async () => ({ backups: history.backups() }),
    'history:backup-now': async () => history.backupNow(),
    'history:restore': async ({ file }) => {
      // Nothing may be writing while the database is swapped.
      await core.chat.abortAll();
      return history.restore(file);
    },
  };
}
