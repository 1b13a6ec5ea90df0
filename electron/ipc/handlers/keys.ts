import type { Core } from '../../core/app';
import type { Handlers } from '../serve';

/** Keys: write-only from a window; the answers are statuses, never values. */
export function keyHandlers(core: Core): Pick<Handlers, 'keys:set' | 'keys:fix' | 'keys:delete' | 'keys:persist-weak'> {
  const { keys } = core;
  return {
    'keys:set': ({ providerId, key, allowWeak }) => keys.set(providerId, key, allowWeak),
    'keys:fix': ({ providerId, fix }) => keys.fix(providerId, fix),
    'keys:delete': ({ providerId }) => keys.delete(providerId),
    'keys:persist-weak': ({ providerId }) => keys.persistWeak(providerId),
  };
}
