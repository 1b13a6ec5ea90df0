import type { Core } from '../../core/app';
import type { Handlers } from '../serve';

/** Providers: list, define and remove, change settings, share setups, preview URLs, model lists, the doctor's Test. */
export function providerHandlers(
  core: Core,
): Pick<Handlers, 'providers:list' | 'providers:update' | 'providers:add' | 'providers:remove' | 'providers:export' | 'providers:import' | 'providers:preview' | 'providers:test' | 'models:list'> {
  const { providers } = core;
  return {
    'providers:list': async () => ({ providers: await providers.list() }),
    'providers:update': ({ providerId, ...change }) => providers.update(providerId, change),
    'providers:add': (input) => providers.add(input),
    'providers:remove': async ({ providerId }) => {
      await providers.remove(providerId);
      return { removed: true };
    },
    'providers:export': async () => providers.exportSetups(),
    'providers:import': async ({ text }) => providers.importSetups(text),
    'providers:preview': async ({ providerId, baseUrl, protocol }) => providers.preview(providerId, baseUrl, protocol),
    'providers:test': ({ providerId }) => providers.test(providerId),
    'models:list': ({ providerId, refresh }) => providers.modelList(providerId, refresh),
  };
}
