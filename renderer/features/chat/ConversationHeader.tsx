import { useEffect, useState } from 'react';
import type { Conversation } from '../../../electron/shared/chat';
import { useApp } from '../../app-context';
import { ProviderOptions } from '../../components/ProviderOptions';
import { downloadText } from '../../components/download';
import { conversationMarkdown } from './export-markdown';

/** Provider, model and system prompt of one conversation. */
export function ConversationHeader({ conversation, onChange }: { conversation: Conversation; onChange(c: Conversation): void }) {
  const { api, providers, navigate } = useApp();
  const [model, setModel] = useState(conversation.model);
  const [system, setSystem] = useState(conversation.system ?? '');
  const [temperature, setTemperature] = useState(conversation.params?.temperature?.toString() ?? '');
  const [maxTokens, setMaxTokens] = useState(conversation.params?.maxTokens?.toString() ?? '');
  const [models, setModels] = useState<string[]>([]);
  const [modelNote, setModelNote] = useState<string>();
  // Reset the fields when another conversation is shown; the model also when the provider changes it.
  // (Not on every saved change: that would wipe what the user is typing in another field.)
  useEffect(() => {
    setModel(conversation.model);
  }, [conversation.id, conversation.model]);
  useEffect(() => {
    setSystem(conversation.system ?? '');
    setTemperature(conversation.params?.temperature?.toString() ?? '');
    setMaxTokens(conversation.params?.maxTokens?.toString() ?? '');
  }, [conversation.id]); // only a new conversation resets these

  // An empty field means "the provider's default"; main validates the range.
  const saveParam = async (key: 'temperature' | 'maxTokens', text: string) => {
    const value = text.trim() === '' ? null : Number(text);
    if (value === (conversation.params?.[key] ?? null)) return;
    const r = await api.invoke('conversations:update', { id: conversation.id, params: { [key]: value } });
    if (r.ok) onChange(r.value);
    else setModelNote(r.error.message);
  };

  // The host's list is fetched when the model field is first used (cached in main), or on refresh.
  const loadModels = async (refresh: boolean) => {
    const r = await api.invoke('models:list', { providerId: conversation.providerId, refresh });
    if (r.ok) {
      setModels(r.value.models.map((m) => m.id));
      setModelNote(r.value.models.length ? undefined : 'This host lists no models; type the model id.');
    } else setModelNote(`Could not load the model list: ${r.error.message}`);
  };
  useEffect(() => {
    setModels([]);
    setModelNote(undefined);
  }, [conversation.providerId]);
  const caseMismatch = models.length > 0 && !models.includes(model) ? models.find((m) => m.toLowerCase() === model.toLowerCase()) : undefined;

  const update = async (change: { providerId?: string; model?: string; system?: string }) => {
    const r = await api.invoke('conversations:update', { id: conversation.id, ...change });
    if (r.ok) onChange(r.value);
  };
  const provider = providers.find((p) => p.preset.id === conversation.providerId);
  const keyMissing = provider && provider.preset.auth.requirement === 'required' && provider.key.source === 'none';

  return (
    <div className="conversation-header">
      <label>
        Provider
        <select
          value={conversation.providerId}
          onChange={(e) => {
            const next = providers.find((p) => p.preset.id === e.target.value);
            void update({ providerId: e.target.value, ...(next ? { model: next.effective.model } : {}) });
          }}
        >
          <ProviderOptions providers={providers} />
        </select>
      </label>
      <label>
        Model
        <input
          value={model}
          list={`chat-models-${conversation.id}`}
          onChange={(e) => setModel(e.target.value)}
          onFocus={() => models.length === 0 && !modelNote && void loadModels(false)}
          onBlur={() => model !== conversation.model && void update({ model })}
          spellCheck={false}
        />
        <datalist id={`chat-models-${conversation.id}`}>
          {models.map((m) => (
            <option key={m} value={m} />
          ))}
        </datalist>
      </label>
      <button type="button" onClick={() => void loadModels(true)}>
        Refresh models
      </button>
      {caseMismatch && (
        <button type="button" className="link warn" onClick={() => { setModel(caseMismatch); void update({ model: caseMismatch }); }}>
          The host lists “{caseMismatch}”: use that
        </button>
      )}
      {modelNote && <span className="muted small" role="status">{modelNote}</span>}
      <button type="button" onClick={() => downloadText(`${conversation.title.replace(/[^\w.-]+/g, '-').slice(0, 60) || 'conversation'}.md`, conversationMarkdown(conversation), 'text/markdown')}>
        Export as Markdown
      </button>
      <details className="system-prompt">
        <summary>System prompt and sampling</summary>
        <textarea aria-label="System prompt" value={system} rows={3} onChange={(e) => setSystem(e.target.value)} onBlur={() => system !== (conversation.system ?? '') && void update({ system })} />
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
      </details>
      {keyMissing && (
        <button type="button" className="link warn" onClick={() => navigate({ view: 'settings', param: conversation.providerId })}>
          No key for {provider.preset.name}: add one
        </button>
      )}
    </div>
  );
}
