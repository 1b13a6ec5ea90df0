import type { Conversation } from '../../../electron/shared/chat';
import { useApp } from '../../app-context';
import { ProviderOptions } from '../../components/ProviderOptions';
import { downloadText } from '../../components/download';
import { useStore } from '../../store/store';
import { ModelField } from './ModelField';
import { PromptSettings } from './PromptSettings';

/** Provider, model, system prompt and sampling of one conversation, and its export. */
export function ConversationHeader({ conversation }: { conversation: Conversation }) {
  const { navigate } = useApp();
  const providers = useStore((s) => s.providers);
  const changeConversation = useStore((s) => s.changeConversation);
  const exportConversation = useStore((s) => s.exportConversation);
  const exportMarkdown = async () => {
    const r = await exportConversation(conversation.id, 'md');
    if ('text' in r) downloadText(r.filename, r.text, 'text/markdown');
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
            void changeConversation({ providerId: e.target.value, ...(next ? { model: next.effective.model } : {}) });
          }}
        >
          <ProviderOptions providers={providers} />
        </select>
      </label>
      <ModelField conversation={conversation} />
      <button type="button" onClick={() => void exportMarkdown()}>
        Export as Markdown
      </button>
      <PromptSettings conversation={conversation} />
      {keyMissing && (
        <button type="button" className="link warn" onClick={() => navigate({ view: 'settings', param: conversation.providerId })}>
          No key for {provider.preset.name}: add one
        </button>
      )}
    </div>
  );
}
