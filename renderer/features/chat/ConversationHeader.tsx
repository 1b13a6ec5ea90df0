import { useTranslation } from 'react-i18next';
import type { Conversation } from '../../../electron/shared/chat';
import { useApp } from '../../app-context';
import { ProviderOptions } from '../../components/ProviderOptions';
import { downloadText } from '../../components/download';
import { useStore } from '../../store/store';
import { ModelField } from './ModelField';
import { PromptSettings } from './PromptSettings';

/** Export of one conversation in the history's formats: Markdown (the branch shown) or JSON (every branch). */
function ExportMenu({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation();
  const exportConversation = useStore((s) => s.exportConversation);
  const showToast = useStore((s) => s.showToast);
  const save = async (format: 'md' | 'json') => {
    const r = await exportConversation(conversation.id, format);
    if ('text' in r) downloadText(r.filename, r.text, format === 'md' ? 'text/markdown' : 'application/json');
    else showToast({ text: r.error });
  };
  return (
    <details className="menu">
      <summary aria-label={t('chat.conversationMenu')}>{t('chat.export')}</summary>
      <div className="menu-items">
        <button type="button" onClick={() => void save('md')}>
          {t('chat.exportMarkdown')}
        </button>
        <button type="button" onClick={() => void save('json')}>
          {t('chat.exportJson')}
        </button>
      </div>
    </details>
  );
}

/** Provider, model, system prompt and sampling of one conversation, its export, and the list toggle for narrow windows. */
export function ConversationHeader({ conversation }: { conversation: Conversation }) {
  const { t } = useTranslation();
  const { navigate } = useApp();
  const providers = useStore((s) => s.providers);
  const changeConversation = useStore((s) => s.changeConversation);
  const sidebarOpen = useStore((s) => s.sidebarOpen);
  const setSidebarOpen = useStore((s) => s.setSidebarOpen);
  const setPromptsOpen = useStore((s) => s.setPromptsOpen);
  const provider = providers.find((p) => p.preset.id === conversation.providerId);
  const keyMissing = provider && provider.preset.auth.requirement === 'required' && provider.key.source === 'none';
  return (
    <div className="conversation-header">
      <button type="button" className="sidebar-toggle" aria-expanded={sidebarOpen} onClick={() => setSidebarOpen(!sidebarOpen)}>
        {t('sidebar.toggle')}
      </button>
      <label>
        {t('chat.provider')}
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
      <button type="button" onClick={() => setPromptsOpen(true)}>
        {t('prompts.title')}
      </button>
      <ExportMenu conversation={conversation} />
      <PromptSettings conversation={conversation} />
      {keyMissing && (
        <button type="button" className="warn-button" onClick={() => navigate({ view: 'settings', param: conversation.providerId })}>
          {t('chat.noKey', { provider: provider.preset.name })}
        </button>
      )}
    </div>
  );
}
