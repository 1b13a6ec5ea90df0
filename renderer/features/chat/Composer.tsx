import { useState, type FormEvent, type KeyboardEvent } from 'react';

/** The message box: Enter sends, Shift+Enter adds a line; Stop while an answer streams. */
export function Composer(props: { streaming: boolean; disabled: boolean; onSend(text: string): Promise<boolean>; onStop(): void }) {
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!text.trim() || props.streaming || sending) return;
    setSending(true);
    // Keep the text until the main process has accepted it: a refused send loses nothing.
    const accepted = await props.onSend(text);
    setSending(false);
    if (accepted) setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape' && props.streaming) {
      event.preventDefault();
      props.onStop();
      return;
    }
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void submit();
    }
  };
  return (
    <form className="composer" onSubmit={submit}>
      <textarea aria-label="Message" placeholder="Message (Enter to send, Shift+Enter for a new line, Esc to stop)" value={text} onChange={(e) => setText(e.target.value)} onKeyDown={onKeyDown} rows={3} disabled={props.disabled} />
      {props.streaming ? (
        <button type="button" onClick={props.onStop}>
          Stop
        </button>
      ) : (
        <button type="submit" disabled={props.disabled || sending || !text.trim()}>
          Send
        </button>
      )}
    </form>
  );
}
