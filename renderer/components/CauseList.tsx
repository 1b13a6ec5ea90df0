import { useState } from 'react';
import { useApp } from '../app-context';
import { fixFor, type FixAction } from './cause-fixes';

/** The catalog causes of a failure, each with its explanation, its fix, and a button where the app can act. */
export function CauseList({ ids, providerId, model }: { ids: readonly string[]; providerId?: string; model?: string }) {
  const { causes, providers, api, navigate, refreshProviders } = useApp();
  const [done, setDone] = useState<Record<string, string>>({});
  if (!ids.length) return null;
  const provider = providers.find((p) => p.preset.id === providerId);

  const act = async (id: string, action: FixAction) => {
    if (!provider) return;
    const pid = provider.preset.id;
    let note = 'Done.';
    if (action.kind === 'open-settings') return navigate({ view: 'settings', param: pid });
    if (action.kind === 'key-fix') {
      const r = await api.invoke('keys:fix', { providerId: pid, fix: action.fix });
      note = r.ok ? 'Key fixed. Try again.' : r.error.message;
    } else if (action.kind === 'set-base-url') {
      const p = await api.invoke('providers:preview', { providerId: pid, baseUrl: provider.effective.baseUrl });
      const next = p.ok ? p.value.suggestedBaseUrl : undefined;
      if (!next) return navigate({ view: 'settings', param: pid });
      const r = await api.invoke('providers:update', { providerId: pid, baseUrl: next });
      note = r.ok ? `Base URL is now ${next}. Try again.` : r.error.message;
    } else if (action.kind === 'pick-model') {
      const list = await api.invoke('models:list', { providerId: pid });
      const exact = list.ok && model ? list.value.models.find((m) => m.id.toLowerCase() === model.toLowerCase())?.id : undefined;
      if (!exact) return navigate({ view: 'settings', param: pid });
      const r = await api.invoke('providers:update', { providerId: pid, model: exact });
      note = r.ok ? `Default model is now ${exact}; pick it in the conversation too.` : r.error.message;
    }
    setDone((d) => ({ ...d, [id]: note }));
    await refreshProviders();
  };

  return (
    <ul className="causes" aria-label="Likely causes">
      {ids.map((id) => {
        const c = causes[id];
        const action = provider ? fixFor(id, provider.preset.name) : undefined;
        return (
          <li key={id} data-cause={id}>
            <strong>{c?.title ?? id}</strong>
            {c && (
              <>
                <span className="explanation"> — {c.explanation}</span>
                <div className="fix">Fix: {c.fix}</div>
              </>
            )}
            {action && !done[id] && (
              <button type="button" className="fix-button" onClick={() => void act(id, action)}>
                {action.label}
              </button>
            )}
            {done[id] && (
              <span role="status" className="muted small">
                {' '}
                {done[id]}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
