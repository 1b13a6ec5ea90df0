import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedPrompt } from '../../../electron/shared/preferences';
import { ProviderOptions } from '../../components/ProviderOptions';
import { useStore } from '../../store/store';
import { AlertBanner } from '../../components/NoteBanner';

/** A prompt being written: all fields as text, as typed. */
export interface PromptDraft {
  id?: string;
  name: string;
  text: string;
  system: string;
  providerId: string;
  model: string;
  temperature: string;
  maxTokens: string;
}

/** An empty draft, or one from a saved prompt. Pure. */
export function draftOf(p?: Partial<SavedPrompt>): PromptDraft {
  return { ...(p?.id ? { id: p.id } : {}), name: p?.name ?? '', text: p?.text ?? '', system: p?.system ?? '', providerId: p?.providerId ?? '', model: p?.model ?? '', temperature: p?.params?.temperature?.toString() ?? '', maxTokens: p?.params?.maxTokens?.toString() ?? '' };
}

/** Adds or edits a prompt: text to insert and/or a preset (system prompt, provider, model, sampling). */
export function PromptForm({ draft, onDraft, onSaved }: { draft: PromptDraft; onDraft(d: PromptDraft): void; onSaved(): void }) {
  const { t } = useTranslation();
  const providers = useStore((s) => s.providers);
  const savePrompt = useStore((s) => s.savePrompt);
  const [error, setError] = useState<string>();
  const field = (key: keyof PromptDraft) => ({ value: draft[key] ?? '', onChange: (e: { target: { value: string } }) => onDraft({ ...draft, [key]: e.target.value }) });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const temperature = draft.temperature.trim() === '' ? undefined : Number(draft.temperature);
    const maxTokens = draft.maxTokens.trim() === '' ? undefined : Number(draft.maxTokens);
    if (temperature !== undefined && !(temperature >= 0 && temperature <= 2)) return setError(t('chat.temperatureRange'));
    if (maxTokens !== undefined && !(Number.isInteger(maxTokens) && maxTokens >= 1 && maxTokens <= 1_000_000)) return setError(t('chat.maxTokensRange'));
    const params = temperature !== undefined || maxTokens !== undefined ? { ...(temperature !== undefined ? { temperature } : {}), ...(maxTokens !== undefined ? { maxTokens } : {}) } : undefined;
    const r = await savePrompt({
      ...(draft.id ? { id: draft.id } : {}),
      name: draft.name,
      ...(draft.text.trim() ? { text: draft.text } : {}),
      ...(draft.system.trim() ? { system: draft.system } : {}),
      ...(draft.providerId ? { providerId: draft.providerId } : {}),
      ...(draft.model.trim() ? { model: draft.model.trim() } : {}),
      ...(params ? { params } : {}),
    });
    if (!r.ok) return setError(r.message);
    setError(undefined);
    onSaved();
  };
  return (
    <form className="prompt-form" onSubmit={submit}>
      <label>
        {t('prompts.name')}
        <input {...field('name')} required maxLength={80} />
      </label>
      <label>
        {t('prompts.text')}
        <textarea {...field('text')} rows={3} />
      </label>
      <label>
        {t('prompts.system')}
        <textarea {...field('system')} rows={2} />
      </label>
      <div className="row">
        <label>
          {t('prompts.provider')}
          <select {...field('providerId')}>
            <option value="">{t('prompts.none')}</option>
            <ProviderOptions providers={providers} />
          </select>
        </label>
        <label>
          {t('prompts.model')}
          <input {...field('model')} spellCheck={false} />
        </label>
        <label>
          {t('prompts.temperature')}
          <input {...field('temperature')} type="number" min={0} max={2} step={0.1} />
        </label>
        <label>
          {t('prompts.maxTokens')}
          <input {...field('maxTokens')} type="number" min={1} step={1} />
        </label>
      </div>
      <div className="row">
        <button type="submit" className="primary">
          {t('prompts.save')}
        </button>
      </div>
      <AlertBanner text={error} />
    </form>
  );
}
