import type { Core } from '../../core/app';
import type { Handlers } from '../serve';

/** The app's look and language, and the prompt library. */
export function preferenceHandlers(core: Core): Pick<Handlers, 'prefs:get' | 'prefs:set' | 'prompts:list' | 'prompts:save' | 'prompts:delete'> {
  const { preferences } = core;
  return {
    'prefs:get': async () => preferences.get(),
    'prefs:set': async (change) => preferences.set(change),
    'prompts:list': async () => ({ prompts: preferences.prompts() }),
    'prompts:save': async (prompt) => preferences.savePrompt(prompt),
    'prompts:delete': async ({ id }) => ({ deleted: preferences.deletePrompt(id) }),
  };
}
