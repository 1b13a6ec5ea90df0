import { useCallback } from 'react';
import { streamingMessage } from '../../store/chat-reducers';
import { useStore } from '../../store/store';
import { useFollowScroll } from '../../hooks/use-follow-scroll';
import { Composer } from './Composer';
import { ConversationHeader } from './ConversationHeader';
import { MessageList } from './MessageList';

/** The open conversation: its settings, its messages (followed while they stream), the composer. */
export function ConversationPane() {
  const current = useStore((s) => s.current);
  const chatError = useStore((s) => s.chatError);
  const unsaved = useStore((s) => s.unsaved);
  const send = useStore((s) => s.send);
  const stop = useStore((s) => s.stop);
  const regenerate = useStore((s) => s.regenerate);
  const editAndResend = useStore((s) => s.editAndResend);
  const { logRef, bottomRef, onScroll } = useFollowScroll(current?.id, current?.messages);
  // Stable callbacks keep memoized messages from re-rendering while an answer streams.
  const onRegenerate = useCallback((id: string) => void regenerate(id), [regenerate]);
  const onEdit = useCallback((id: string, text: string) => void editAndResend(id, text), [editAndResend]);
  const streaming = !!streamingMessage(current);
  return (
    <section className="conversation-pane" aria-label="Conversation">
      {current && <ConversationHeader conversation={current} />}
      <div className="messages" role="log" aria-label="Messages" aria-live="polite" ref={logRef} onScroll={onScroll}>
        {current && <MessageList conversationId={current.id} messages={current.messages} busy={streaming} onRegenerate={onRegenerate} onEdit={onEdit} />}
        {!current?.messages.length && <p className="empty">Pick a provider and model above, then say something.</p>}
        <div ref={bottomRef} />
      </div>
      {unsaved && (
        <div role="alert" className="banner bad">
          This answer is only on screen: {unsaved}
        </div>
      )}
      {chatError && (
        <div role="alert" className="banner bad">
          {chatError}
        </div>
      )}
      <Composer streaming={streaming} disabled={false} onSend={send} onStop={stop} />
    </section>
  );
}
