import type { Core } from '../../core/app';
import type { Handlers } from '../serve';

/** The way out to the network: the proxy setting (credentials go in, never come back). */
export function networkHandlers(core: Core): Pick<Handlers, 'proxy:get' | 'proxy:set'> {
  return {
    'proxy:get': async () => core.proxy.view(),
    'proxy:set': (change) => core.proxy.set(change),
  };
}
