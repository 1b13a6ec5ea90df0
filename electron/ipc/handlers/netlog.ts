import type { Core } from '../../core/app';
import type { Handlers } from '../serve';

/** The wire log: list, detail, clear, settings, HAR and curl exports. */
export function netlogHandlers(core: Core): Pick<Handlers, 'netlog:list' | 'netlog:get' | 'netlog:clear' | 'netlog:settings' | 'netlog:har' | 'netlog:curl'> {
  const { netlog } = core;
  return {
    'netlog:list': async () => ({ entries: netlog.list() }),
    'netlog:get': async ({ id }) => netlog.get(id),
    'netlog:clear': async () => ({ cleared: netlog.clear() }),
    'netlog:settings': async (change) => netlog.settings(change),
    'netlog:har': async ({ ids }) => netlog.har(ids),
    'netlog:curl': ({ id, withKey }) => netlog.curl(id, withKey),
  };
}
