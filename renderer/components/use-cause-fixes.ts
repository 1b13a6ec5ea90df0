import { useState } from 'react';
import { modelWithOtherCase } from '../../electron/shared/models';
import { otherRegions } from '../../electron/shared/regions';
import { useApp } from '../app-context';
import { useStore, useStoreApi } from '../store/store';
import { fixFor, type FixAction } from './cause-fixes';

/**
 * The one way a cause's fix runs, wherever a cause is shown: repair the key, the base URL or the
 * model in one click where the app can, else open the provider's settings. Returns the action for
 * a cause, a runner, and what each run said.
 */
export function useCauseFixes(providerId: string | undefined, model: string | undefined) {
  const { navigate } = useApp();
  const store = useStoreApi();
  const provider = useStore((s) => s.providers.find((p) => p.preset.id === providerId));
  const [notes, setNotes] = useState<Record<string, string>>({});
  const run = async (cause: string, action: FixAction) => {
    if (!provider) return;
    const id = provider.preset.id;
    const state = store.getState();
    let note = 'Done.';
    if (action.kind === 'open-settings') return navigate({ view: 'settings', param: id });
    if (action.kind === 'key-fix') {
      const r = await state.fixKey(id, action.fix);
      note = r.ok ? 'Key fixed. Try again.' : r.message;
    } else if (action.kind === 'set-base-url') {
      const next = (await state.previewUrls(id, provider.effective.baseUrl, ''))?.suggestedBaseUrl;
      if (!next) return navigate({ view: 'settings', param: id });
      const r = await state.updateProvider({ providerId: id, baseUrl: next });
      note = r.ok ? `Base URL is now ${next}. Try again.` : r.message;
    } else if (action.kind === 'switch-region') {
      const r = await state.updateProvider({ providerId: id, baseUrl: action.baseUrl === provider.preset.baseUrl ? '' : action.baseUrl });
      note = r.ok ? `Base URL is now ${action.baseUrl}. Try again.` : r.message;
    } else if (action.kind === 'pick-model') {
      const exact = model ? modelWithOtherCase(model, (await state.loadModels(id, false)).ids) : undefined;
      if (!exact) return navigate({ view: 'settings', param: id });
      const r = await state.updateProvider({ providerId: id, model: exact });
      note = r.ok ? `Default model is now ${exact}; pick it in the conversation too.` : r.message;
    }
    setNotes((n) => ({ ...n, [cause]: note }));
  };
  // With two regions, the fix for a region mix-up is the one the base URL is not on.
  const other = provider ? otherRegions(provider.preset.regions, provider.effective.baseUrl)[0] : undefined;
  return { provider, actionFor: (cause: string) => (provider ? fixFor(cause, provider.preset.name, other) : undefined), run, notes };
}
