import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { modelWithOtherCase } from '../../electron/shared/models';
import { otherRegions } from '../../electron/shared/regions';
import { useApp } from '../app-context';
import { useStore, useStoreApi } from '../store/store';
import { fixFor, type FixAction } from './cause-fixes';

/**
 * The one way a cause's fix runs, wherever a cause is shown: repair the key, the base URL or the
 * model in one click where the app can, else open the provider's settings. The right-case model
 * goes into the open conversation too (Retry uses the conversation's model), not only the default.
 */
export function useCauseFixes(providerId: string | undefined, model: string | undefined) {
  const { t } = useTranslation();
  const { navigate, route } = useApp();
  const store = useStoreApi();
  const provider = useStore((s) => s.providers.find((p) => p.preset.id === providerId));
  const [notes, setNotes] = useState<Record<string, string>>({});
  const inOwnSettings = route.view === 'settings' && (route.param ?? '') === providerId;
  const run = async (cause: string, action: FixAction) => {
    if (!provider) return;
    const id = provider.preset.id;
    const state = store.getState();
    let note: string = t('common.done');
    if (action.kind === 'open-settings') return navigate({ view: 'settings', param: id });
    if (action.kind === 'key-fix') {
      const r = await state.fixKey(id, action.fix);
      note = r.ok ? t('causes.keyFixed') : r.message;
    } else if (action.kind === 'set-base-url') {
      const next = (await state.previewUrls(id, provider.effective.baseUrl, ''))?.suggestedBaseUrl;
      if (!next) return navigate({ view: 'settings', param: id });
      const r = await state.updateProvider({ providerId: id, baseUrl: next });
      note = r.ok ? t('causes.baseUrlNow', { url: next }) : r.message;
    } else if (action.kind === 'switch-region') {
      const r = await state.updateProvider({ providerId: id, baseUrl: action.baseUrl === provider.preset.baseUrl ? '' : action.baseUrl });
      note = r.ok ? t('causes.baseUrlNow', { url: action.baseUrl }) : r.message;
    } else if (action.kind === 'pick-model') {
      const exact = model ? modelWithOtherCase(model, (await state.loadModels(id, false)).ids) : undefined;
      if (!exact) return navigate({ view: 'settings', param: id });
      const r = await state.updateProvider({ providerId: id, model: exact });
      const conversation = state.current;
      const here = conversation && conversation.providerId === id && conversation.model === model ? await state.changeConversation({ model: exact }) : { ok: true as const };
      note = r.ok && here.ok ? t('causes.modelNow', { model: exact }) : !r.ok ? r.message : here.ok ? '' : here.message;
    }
    setNotes((n) => ({ ...n, [cause]: note }));
  };
  // With two regions, the fix for a region mix-up is the one the base URL is not on.
  const other = provider ? otherRegions(provider.preset.regions, provider.effective.baseUrl)[0] : undefined;
  return { provider, actionFor: (cause: string) => (provider ? fixFor(cause, provider.preset.name, other, inOwnSettings) : undefined), run, notes };
}
