import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatMessage } from '../../../electron/shared/chat';
import { Markdown } from '../../components/Markdown';
import { finishNote } from './chat-state';
import { sentAt } from './sent-at';
import { EditForm, MessageActions, MessageError, UsageLine, VersionSwitch } from './MessageParts';
import { MessageAttachments } from './MessageAttachments';
import { ToolSteps } from '../tools/ToolSteps';

/** What the message list passes to every message. */
export interface MessageHandlers {
  busy: boolean;
  onRegenerate(messageId: string): void;
  onEdit(messageId: string, text: string): void;
  onSwitch(messageId: string): void;
}

function Timestamp({ at }: { at: number }) {
  const { t, i18n } = useTranslation();
  const { shown, full, iso } = sentAt(at, i18n.language, Date.now());
  return (
    <time dateTime={iso} title={t('message.sentAt', { time: full })}>
      {shown}
    </time>
  );
}

/** One message: markdown body, reasoning, tool calls, usage, versions, and the error with its causes. */
// Memoized: while an answer streams, only the streaming message re-renders, not the whole history.
export const MessageView = memo(function MessageView(props: { message: ChatMessage; highlight?: string | undefined; focused?: boolean } & MessageHandlers) {
  const { t } = useTranslation();
  const { message } = props;
  const [editing, setEditing] = useState(false);
  const ref = useRef<HTMLElement>(null);
  const who = message.role === 'user' ? t('message.you') : t('message.assistant');
  const note = finishNote(message);
  // A search match: scroll to the message (the list marks the words once it is drawn).
  useEffect(() => {
    if (props.highlight || props.focused) ref.current?.scrollIntoView({ block: 'center' });
  }, [props.highlight, props.focused]);
  return (
    <article ref={ref} className={`message ${message.role} ${message.status ?? ''} ${props.highlight || props.focused ? 'highlighted' : ''}`} aria-label={message.role === 'user' ? t('message.userMessage') : t('message.assistantMessage')}>
      <div className="who">
        {who}
        {message.role === 'assistant' && message.model && <span className="model"> · {message.model}</span>}
        {message.status === 'streaming' && <span className="streaming-dot" role="img" aria-label={t('message.streaming')} />}
        <VersionSwitch message={message} busy={props.busy} onSwitch={props.onSwitch} />
        <span className="grow" />
        <Timestamp at={message.createdAt} />
      </div>
      {message.reasoning && (
        <details className="reasoning">
          <summary>{t('message.reasoning')}</summary>
          <Markdown text={message.reasoning} />
        </details>
      )}
      {message.attachments?.length ? <MessageAttachments files={message.attachments} /> : null}
      {message.steps?.length ? <ToolSteps steps={message.steps} messageId={message.id} live={message.status === 'streaming'} /> : null}
      {editing ? (
        <EditForm
          initial={message.content}
          onSave={(text) => {
            setEditing(false);
            props.onEdit(message.id, text);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : message.content ? (
        <Markdown text={message.content} />
      ) : message.status === 'streaming' && !message.steps?.length ? (
        <p className="muted">{t('message.waiting')}</p>
      ) : null}
      {message.toolCalls?.map((call) => (
        <div key={call.id || call.name} className="tool-call" aria-label={t('message.toolCallNamed', { name: call.name })}>
          <strong>{t('message.toolCall')}:</strong> <code>{call.name}</code>
          <pre className="code">
            <code>{call.arguments}</code>
          </pre>
        </div>
      ))}
      {note && <p className="finish-note">{t(`message.finish.${note}`)}</p>}
      {message.toolsRefused && <p className="finish-note">{t('tools.refusedByModel')}</p>}
      {message.error && <MessageError message={message} />}
      {!props.busy && !editing && <MessageActions message={message} onRegenerate={() => props.onRegenerate(message.id)} onEdit={() => setEditing(true)} />}
      {message.usage && <UsageLine usage={message.usage} />}
    </article>
  );
});
