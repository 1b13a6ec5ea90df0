import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../electron/shared/chat';
import { useStore } from '../../store/store';
import { parseParam } from './chat-state';

/** The system prompt and sampling settings (temperature, token limit) of a conversation; out-of-range values are refused with the reason, never dropped. */
export function PromptSettings({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation();
  const changeConversation = useStore((s) => s.changeConversation);
  const [system, setSystem] = useState(conversation.system ?? '');
  const [temperature, setTemperature] = useState(conversation.params?.temperature?.toString() ?? '');
  const [maxTokens, setMaxTokens] = useState(conversation.params?.maxTokens?.toString() ?? '');
  const [note, setNote] = useState<{ bad: boolean; text: string }>();
  // Another conversation, or a change from elsewhere (a preset applied), shows its values; typing
  // does not change the saved ones until the field is left, so nothing typed is overwritten.
  const { system: savedSystem, params } = conversation;
  useEffect(() => setSystem(savedSystem ?? ''), [conversation.id, savedSystem]);
  useEffect(() => setTemperature(params?.temperature?.toString() ?? ''), [conversation.id, params?.temperature]);
  useEffect(() => setMaxTokens(params?.maxTokens?.toString() ?? ''), [conversation.id, params?.maxTokens]);
  useEffect(() => setNote(undefined), [conversation.id]);
  // An empty field means "the provider's default".
  const saveParam = async (key: 'temperature' | 'maxTokens', text: string) => {
    const parsed = parseParam(key, text);
    if (!parsed.ok) return setNote({ bad: true, text: t(key === 'temperature' ? 'chat.temperatureRange' : 'chat.maxTokensRange') });
    if (parsed.value === (conversation.params?.[key] ?? null)) return setNote(undefined);
    const r = await changeConversation({ params: { [key]: parsed.value } });
    setNote(r.ok ? { bad: false, text: t('chat.settingSaved') } : { bad: true, text: r.message });
  };
  return (
    <details className="system-prompt">
      <summary>{t('chat.systemAndSampling')}</summary>
      <label>
        {t('chat.systemPrompt')}
        <textarea value={system} rows={3} onChange={(e) => setSystem(e.target.value)} onBlur={() => system !== (conversation.system ?? '') && void changeConversation({ system })} />
      </label>
      <div className="row">
        <label>
          {t('chat.temperature')}
          <input type="number" min={0} max={2} step={0.1} placeholder={t('common.default')} value={temperature} aria-invalid={note?.bad && !parseParam('temperature', temperature).ok} onChange={(e) => setTemperature(e.target.value)} onBlur={() => void saveParam('temperature', temperature)} />
        </label>
        <label>
          {t('chat.maxTokens')}
          <input type="number" min={1} step={1} placeholder={t('common.default')} value={maxTokens} aria-invalid={note?.bad && !parseParam('maxTokens', maxTokens).ok} onChange={(e) => setMaxTokens(e.target.value)} onBlur={() => void saveParam('maxTokens', maxTokens)} />
        </label>
      </div>
      {note && (
        <p className={`small ${note.bad ? 'warn' : 'muted'}`} role={note.bad ? 'alert' : 'status'}>
          {note.text}
        </p>
      )}
    </details>
  );
}
