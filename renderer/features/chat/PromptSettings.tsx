import { useEffect, useState } from 'react';
import type { Conversation } from '../../../electron/shared/chat';
import { useStore } from '../../store/store';

/** The system prompt and sampling settings (temperature, token limit) of a conversation. */
export function PromptSettings({ conversation }: { conversation: Conversation }) {
  const changeConversation = useStore((s) => s.changeConversation);
  const [system, setSystem] = useState(conversation.system ?? '');
  const [temperature, setTemperature] = useState(conversation.params?.temperature?.toString() ?? '');
  const [maxTokens, setMaxTokens] = useState(conversation.params?.maxTokens?.toString() ?? '');
  const [note, setNote] = useState<string>();
  useEffect(() => {
    setSystem(conversation.system ?? '');
    setTemperature(conversation.params?.temperature?.toString() ?? '');
    setMaxTokens(conversation.params?.maxTokens?.toString() ?? '');
  }, [conversation.id]); // only another conversation resets these
  // An empty field means "the provider's default"; main validates the range.
  const saveParam = async (key: 'temperature' | 'maxTokens', text: string) => {
    const value = text.trim() === '' ? null : Number(text);
    if (value === (conversation.params?.[key] ?? null)) return;
    const r = await changeConversation({ params: { [key]: value } });
    setNote(r.ok ? undefined : r.message);
  };
  return (
    <details className="system-prompt">
      <summary>System prompt and sampling</summary>
      <textarea aria-label="System prompt" value={system} rows={3} onChange={(e) => setSystem(e.target.value)} onBlur={() => system !== (conversation.system ?? '') && void changeConversation({ system })} />
      <div className="row">
        <label>
          Temperature
          <input type="number" min={0} max={2} step={0.1} placeholder="default" value={temperature} onChange={(e) => setTemperature(e.target.value)} onBlur={() => void saveParam('temperature', temperature)} />
        </label>
        <label>
          Max tokens
          <input type="number" min={1} step={1} placeholder="default" value={maxTokens} onChange={(e) => setMaxTokens(e.target.value)} onBlur={() => void saveParam('maxTokens', maxTokens)} />
        </label>
      </div>
      {note && (
        <span className="muted small" role="status">
          {note}
        </span>
      )}
    </details>
  );
}
