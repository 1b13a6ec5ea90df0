import { memo, useState } from 'react';
import type { ChatMessage } from '../../../electron/shared/chat';
import { Markdown } from '../../components/Markdown';
import { CauseList } from '../../components/CauseList';
import { useApp } from '../../app-context';
import { finishNote } from './chat-state';

/** One message: markdown body, reasoning, tool calls, usage, and the error with its causes. */
// Memoized: while an answer streams, only the streaming message re-renders, not the whole history.
export const MessageView = memo(function MessageView(props: { message: ChatMessage; busy: boolean; onRegenerate(messageId: string): void; onEdit(messageId: string, text: string): void }) {
  const { message } = props;
  const { navigate } = useApp();
  const [editing, setEditing] = useState<string>();
  const [copied, setCopied] = useState(false);
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
      {editing !== undefined ? (
        <form
          className="edit"
          onSubmit={(e) => {
            e.preventDefault();
            if (editing.trim()) props.onEdit(message.id, editing);
            setEditing(undefined);
          }}
        >
          <textarea aria-label="Edit message" value={editing} onChange={(e) => setEditing(e.target.value)} rows={3} />
          <div className="row">
            <button type="submit" className="primary">
              Save and send
            </button>
            <button type="button" onClick={() => setEditing(undefined)}>
              Cancel
            </button>
          </div>
        </form>
      ) : message.content ? <Markdown text={message.content} /> : message.status === 'streaming' ? <p className="muted">Waiting for the first token…</p> : null}
      {message.toolCalls?.map((call) => (
        <div key={call.id || call.name} className="tool-call" aria-label={`Tool call ${call.name}`}>
          <strong>Tool call:</strong> <code>{call.name}</code>
          <pre className="code">
            <code>{call.arguments}</code>
          </pre>
        </div>
      ))}
      {note && <p className="finish-note">{note}</p>}
      {message.error && (
        <div role="alert" className="message-error">
          <div>
            <strong>{message.error.status ? `HTTP ${message.error.status}: ` : ''}</strong>
            {message.error.message}
          </div>
          <CauseList ids={message.error.causes} {...(message.providerId ? { providerId: message.providerId } : {})} {...(message.model ? { model: message.model } : {})} />
          {message.error.exchangeId && (
            <button type="button" className="link" onClick={() => navigate({ view: 'network', param: message.error!.exchangeId! })}>
              Show the request in the Network tab
            </button>
          )}
        </div>
      )}
      {!props.busy && editing === undefined && (
        <div className="message-actions">
          {message.role === 'user' ? (
            <button type="button" className="link" onClick={() => setEditing(message.content)}>
              Edit
            </button>
          ) : message.status !== 'streaming' ? (
            <>
              <button type="button" className="link" onClick={() => props.onRegenerate(message.id)}>
                {message.status === 'error' ? 'Retry' : 'Regenerate'}
              </button>
              {message.content && (
                <button type="button" className="link" onClick={() => void navigator.clipboard?.writeText(message.content).then(() => setCopied(true))}>
                  {copied ? 'Copied' : 'Copy'}
                </button>
              )}
            </>
          ) : null}
        </div>
      )}
      {message.usage && (
        <div className="usage" aria-label="Token usage">
          {message.usage.inputTokens ?? '?'} in · {message.usage.outputTokens ?? '?'} out
          {message.usage.reasoningTokens ? ` · ${message.usage.reasoningTokens} reasoning` : ''}
          {message.usage.generationMs && message.usage.outputTokens ? ` · ${((message.usage.outputTokens * 1000) / message.usage.generationMs).toFixed(1)} tokens/s` : ''}
        </div>
      )}
    </article>
  );
});
