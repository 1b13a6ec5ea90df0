import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatMessage } from '../../../electron/shared/chat';
import { MessageView, type MessageHandlers } from './MessageView';
import { firstMatch, windowStart } from './chat-state';

/** How many of the latest messages a conversation opens with; earlier ones come on request. */
export const INITIAL_WINDOW = 60;
const STEP = 200;

/** The latest messages of a conversation, with a way to show earlier ones; a search match is shown and marked. */
export function MessageList(props: { conversationId: string; messages: ChatMessage[]; highlight?: string | undefined; focusId?: string | undefined } & MessageHandlers) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(INITIAL_WINDOW);
  const focused = props.focusId ? props.messages.findIndex((m) => m.id === props.focusId) : -1;
  const match = props.highlight ? firstMatch(props.messages, props.highlight) : focused;
  useEffect(() => setVisible(INITIAL_WINDOW), [props.conversationId]);
  // The match may be further back than the window: widen it to include the match.
  useEffect(() => {
    if (match >= 0) setVisible((v) => Math.max(v, props.messages.length - match));
  }, [match, props.messages.length]);
  const start = windowStart(props.messages.length, visible);
  return (
    <>
      {start > 0 && (
        <button type="button" className="small earlier" onClick={() => setVisible((v) => v + STEP)}>
          {t('chat.earlier', { count: Math.min(STEP, start), hidden: start })}
        </button>
      )}
      {props.messages.slice(start).map((m, i) => (
        <MessageView key={m.id} message={m} highlight={start + i === match ? props.highlight : undefined} focused={m.id === props.focusId} busy={props.busy} onRegenerate={props.onRegenerate} onEdit={props.onEdit} onSwitch={props.onSwitch} />
      ))}
    </>
  );
}
