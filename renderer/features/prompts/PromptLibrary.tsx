import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedPrompt } from '../../../electron/shared/preferences';
import { useApp } from '../../app-context';
import { useStore, useStoreApi } from '../../store/store';
import { draftOf, PromptForm, type PromptDraft } from './PromptForm';
import { presetChange } from './prompt-apply';

function PromptRow({ prompt, onEdit }: { prompt: SavedPrompt; onEdit(): void }) {
  const { t } = useTranslation();
  const { navigate } = useApp();
  const store = useStoreApi();
  const current = useStore((s) => s.current);
  const change = presetChange(prompt);
  const state = () => store.getState();
  const done = (name: string) => state().showToast({ text: t('prompts.applied', { name }) });
  const applyHere = async () => {
    if (change && (await state().changeConversation(change)).ok) done(prompt.name);
    if (prompt.text) state().insertIntoComposer(prompt.text);
    state().setPromptsOpen(false);
  };
  const applyNew = async () => {
    await state().newConversation();
    navigate({ view: 'chat' });
    await applyHere();
  };
  return (
    <li>
      <strong>{prompt.name}</strong>
      {prompt.text && <span className="muted small prompt-preview">{prompt.text.slice(0, 120)}</span>}
      <div className="row">
        {prompt.text && !change && (
          <button type="button" disabled={!current} onClick={() => void applyHere()}>
            {t('prompts.insert', { name: prompt.name })}
          </button>
        )}
        {change && (
          <button type="button" disabled={!current} onClick={() => void applyHere()}>
            {t('prompts.applyCurrent', { name: prompt.name })}
          </button>
        )}
        <button type="button" onClick={() => void applyNew()}>
          {t('prompts.applyNew', { name: prompt.name })}
        </button>
        <button type="button" onClick={onEdit}>
          {t('prompts.edit', { name: prompt.name })}
        </button>
        <button type="button" className="danger" onClick={() => window.confirm(t('prompts.confirmDelete', { name: prompt.name })) && void state().deletePrompt(prompt.id)}>
          {t('prompts.delete', { name: prompt.name })}
        </button>
      </div>
    </li>
  );
}

/** The prompt library: saved prompts to insert and presets to apply, to add, edit and delete. */
export function PromptLibrary() {
  const { t } = useTranslation();
  const open = useStore((s) => s.promptsOpen);
  const setOpen = useStore((s) => s.setPromptsOpen);
  const prompts = useStore((s) => s.prompts);
  const current = useStore((s) => s.current);
  const [draft, setDraft] = useState<PromptDraft>(draftOf());
  useEffect(() => {
    if (open) setDraft(draftOf());
  }, [open]);
  if (!open) return null;
  const fromConversation = () => current && setDraft(draftOf({ name: '', ...(current.system ? { system: current.system } : {}), providerId: current.providerId, model: current.model, ...(current.params ? { params: current.params } : {}) }));
  return (
    <div className="overlay" onMouseDown={(e) => e.target === e.currentTarget && setOpen(false)} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <div className="dialog" role="dialog" aria-modal="true" aria-label={t('prompts.dialog')}>
        <div className="dialog-head">
          <h2>{t('prompts.title')}</h2>
          <button type="button" className="icon" aria-label={t('prompts.close')} onClick={() => setOpen(false)}>
            ×
          </button>
        </div>
        <ul className="prompt-list" aria-label={t('prompts.list')}>
          {prompts.map((p) => (
            <PromptRow key={p.id} prompt={p} onEdit={() => setDraft(draftOf(p))} />
          ))}
          {!prompts.length && <li className="muted">{t('prompts.empty')}</li>}
        </ul>
        {current && (
          <button type="button" onClick={fromConversation}>
            {t('prompts.saveCurrent')}
          </button>
        )}
        <PromptForm key={draft.id ?? 'new'} draft={draft} onDraft={setDraft} onSaved={() => setDraft(draftOf())} />
      </div>
    </div>
  );
}
