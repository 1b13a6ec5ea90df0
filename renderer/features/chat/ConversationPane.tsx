import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { streamingMessage } from '../../store/chat-reducers';
import { useStore } from '../../store/store';
import { useFollowScroll } from '../../hooks/use-follow-scroll';
import { useSearchMarks } from '../../hooks/use-search-marks';
import { Composer } from './Composer';
import { ConversationHeader } from './ConversationHeader';
import { MessageList } from './MessageList';
import { sendBlocker } from './chat-state';
import { AlertBanner } from '../../components/NoteBanner';

/** Why Send is disabled for the open conversation, in words; undefined when it can send. */
function useBlocker(): string | undefined {
  const { t } = useTranslation();
  const current = useStore((s) => s.current);
  const provider = useStore((s) => s.providers.find((p) => p.preset.id === s.current?.providerId));
  const providersLoaded = useStore((s) => s.providers.length > 0);
  if (!providersLoaded) return undefined;
  const blocker = sendBlocker(current, provider && { name: provider.preset.name, needsKey: provider.preset.auth.requirement === 'required', hasKey: provider.key.source !== 'none' });
  return blocker && t(blocker.key, { provider: blocker.provider ?? '' });
}

/** The open conversation: its settings, its messages (followed while they stream), the composer. */
export function ConversationPane() {
  const { t } = useTranslation();
  const current = useStore((s) => s.current);
  const chatError = useStore((s) => s.chatError);
  const unsaved = useStore((s) => s.unsaved);
  const highlight = useStore((s) => (s.highlight && s.highlight.conversationId === s.current?.id ? s.highlight.query : undefined));
  const focusId = useStore((s) => (s.focusMessage && s.focusMessage.conversationId === s.current?.id ? s.focusMessage.messageId : undefined));
  const send = useStore((s) => s.send);
  const stop = useStore((s) => s.stop);
  const regenerate = useStore((s) => s.regenerate);
  const editAndResend = useStore((s) => s.editAndResend);
  const switchBranch = useStore((s) => s.switchBranch);
  const { logRef, bottomRef, onScroll } = useFollowScroll(current?.id, focusId ?? highlight);
  useSearchMarks(logRef, highlight, current?.messages);
  // Stable callbacks keep memoized messages from re-rendering while an answer streams.
  const onRegenerate = useCallback((id: string) => void regenerate(id), [regenerate]);
  const onEdit = useCallback((id: string, text: string) => void editAndResend(id, text), [editAndResend]);
  const onSwitch = useCallback((id: string) => void switchBranch(id), [switchBranch]);
  const streaming = !!streamingMessage(current);
  const blocker = useBlocker();
  return (
    <section className="conversation-pane" aria-label={t('chat.conversation')}>
      {current && <ConversationHeader conversation={current} />}
      <div className="messages" role="log" aria-label={t('chat.messages')} aria-live="polite" ref={logRef} onScroll={onScroll}>
        {current && <MessageList conversationId={current.id} messages={current.messages} highlight={highlight} focusId={focusId} busy={streaming} onRegenerate={onRegenerate} onEdit={onEdit} onSwitch={onSwitch} />}
        {current && !current.messages.length && !blocker && <p className="empty">{t('chat.emptyReady', { model: current.model })}</p>}
        <div ref={bottomRef} />
      </div>
      <AlertBanner text={unsaved && t('chat.onlyOnScreen', { reason: unsaved })} />
      <AlertBanner text={chatError} />
      <Composer streaming={streaming} blocker={blocker} onSend={send} onStop={stop} />
    </section>
  );
}
