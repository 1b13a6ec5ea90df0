import { memo, useState } from 'react';
import type { ChatMessage } from '../../../electron/shared/chat';
import { Markdown } from '../../components/Markdown';
import { CauseList } from '../../components/CauseList';
import { useApp } from '../../app-context';
import { finishNote } from './chat-state';

function EditForm({ initial, onSave, onCancel }: { initial: string; onSave(text: string): void; onCancel(): void }) {
  const [text, setText] = useState(initial);
  return (
    <form
      className="edit"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) onSave(text);
      }}
    >
      <textarea aria-label="Edit message" value={text} onChange={(e) => setText(e.target.value)} rows={3} />
      <div className="row">
        <button type="submit" className="primary">
          Save and send
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function MessageError({ message }: { message: ChatMessage }) {
  const { navigate } = useApp();
  const error = message.error!;
  return (
    <div role="alert" className="message-error">
      <div>
        <strong>{error.status ? `HTTP ${error.status}: ` : ''}</strong>
        {error.message}
      </div>
      <CauseList ids={error.causes} {...(message.providerId ? { providerId: message.providerId } : {})} {...(message.model ? { model: message.model } : {})} />
      {error.exchangeId && (
        <button type="button" className="link" onClick={() => navigate({ view: 'network', param: error.exchangeId! })}>
          Show the request in the Network tab
        </button>
      )}
    </div>
  );
}

function MessageActions({ message, onRegenerate, onEdit }: { message: ChatMessage; onRegenerate(): void; onEdit(): void }) {
  const [copied, setCopied] = useState(false);
  if (message.role === 'user') {
    return (
      <div className="message-actions">
        <button type="button" className="link" onClick={onEdit}>
          Edit
        </button>
      </div>
    );
  }
  if (message.status === 'streaming') return null;
  return (
    <div className="message-actions">
      <button type="button" className="link" onClick={onRegenerate}>
        {message.status === 'error' ? 'Retry' : 'Regenerate'}
      </button>
      {message.content && (
        <button type="button" className="link" onClick={() => void navigator.clipboard?.writeText(message.content).then(() => setCopied(true))}>
          {copied ? 'Copied' : 'Copy'}
        </button>
      )}
    </div>
  );
}

function UsageLine({ usage }: { usage: NonNullable<ChatMessage['usage']> }) {
  return (
    <div className="usage" aria-label="Token usage">
      {usage.inputTokens ?? '?'} in · {usage.outputTokens ?? '?'} out
      {usage.reasoningTokens ? ` · ${usage.reasoningTokens} reasoning` : ''}
      {usage.generationMs && usage.outputTokens ? ` · ${((usage.outputTokens * 1000) / usage.generationMs).toFixed(1)} tokens/s` : ''}
    </div>
  );
}

/** One message: markdown body, reasoning, tool calls, usage, and the error with its causes. */
// Memoized: while an answer streams, only the streaming message re-renders, not the whole history.
export const MessageView = memo(function MessageView(props: { message: ChatMessage; busy: boolean; onRegenerate(messageId: string): void; onEdit(messageId: string, text: string): void }) {
  const { message } = props;
  const [editing, setEditing] = useState(false);
  const who = message.role === 'user' ? 'You' : 'Assistant';
  const note = finishNote(message);
  return (
    <article className={`message ${message.role} ${message.status ?? ''}`} aria-label={`${who} message`}>
      <div className="who">
        {who}
        {message.role === 'assistant' && message.model && <span className="model"> · {message.model}</span>}
        {message.status === 'streaming' && <span className="streaming-dot" aria-label="Streaming" />}
      </div>
      {message.reasoning && (
        <details className="reasoning">
          <summary>Reasoning</summary>
          <Markdown text={message.reasoning} />
        </details>
      )}
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
      ) : message.status === 'streaming' ? (
        <p className="muted">Waiting for the first token…</p>
      ) : null}
      {message.toolCalls?.map((call) => (
        <div key={call.id || call.name} className="tool-call" aria-label={`Tool call ${call.name}`}>
          <strong>Tool call:</strong> <code>{call.name}</code>
          <pre className="code">
            <code>{call.arguments}</code>
          </pre>
        </div>
      ))}
      {note && <p className="finish-note">{note}</p>}
      {message.error && <MessageError message={message} />}
      {!props.busy && !editing && <MessageActions message={message} onRegenerate={() => props.onRegenerate(message.id)} onEdit={() => setEditing(true)} />}
      {message.usage && <UsageLine usage={message.usage} />}
    </article>
  );
});
