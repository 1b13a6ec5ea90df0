import { useEffect, useState } from 'react';
import type { ChatMessage } from '../../../electron/shared/chat';
import { MessageView } from './MessageView';
import { windowStart } from './chat-state';

/** How many of the latest messages a conversation opens with; earlier ones come on request. */
export const INITIAL_WINDOW = 60;
const STEP = 200;

/** The latest messages of a conversation, with a way to show earlier ones. */
export function MessageList(props: { conversationId: string; messages: ChatMessage[]; busy: boolean; onRegenerate(messageId: string): void; onEdit(messageId: string, text: string): void }) {
  const [visible, setVisible] = useState(INITIAL_WINDOW);
  useEffect(() => setVisible(INITIAL_WINDOW), [props.conversationId]);
  const start = windowStart(props.messages.length, visible);
  return (
    <>
      {start > 0 && (
        <button type="button" className="link earlier" onClick={() => setVisible((v) => v + STEP)}>
          Show {Math.min(STEP, start)} earlier messages ({start} hidden)
        </button>
      )}
      {props.messages.slice(start).map((m) => (
        <MessageView key={m.id} message={m} busy={props.busy} onRegenerate={props.onRegenerate} onEdit={props.onEdit} />
      ))}
    </>
  );
}
