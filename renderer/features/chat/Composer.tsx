import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store/store';
import { slashMatches } from '../prompts/prompt-apply';
import { AttachmentChips } from './AttachmentChips';
import type { SavedPrompt } from '../../../electron/shared/preferences';

/** The saved prompts offered for what follows `/`: arrows choose, Enter or a click inserts. */
function SlashMenu({ offered, choice, onPick }: { offered: SavedPrompt[]; choice: number; onPick(p: SavedPrompt): void }) {
  const { t } = useTranslation();
  return (
    <ul className="slash-menu" role="listbox" aria-label={t('composer.prompts')}>
      {offered.map((p, i) => (
        <li
          key={p.id}
          role="option"
          aria-selected={i === choice}
          className={i === choice ? 'active' : ''}
          onMouseDown={(e) => {
            e.preventDefault();
            onPick(p);
          }}
        >
          <strong>/{p.name}</strong> <span className="muted small">{p.text?.slice(0, 80)}</span>
        </li>
      ))}
      {!offered.length && <li className="muted small">{t('composer.noPrompts')}</li>}
    </ul>
  );
}

/** Attach files from a file dialog (images, PDF, Word, text and code). */
function AttachButton() {
  const { t } = useTranslation();
  const attachFiles = useStore((s) => s.attachFiles);
  const files = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={files}
        type="file"
        multiple
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          void attachFiles([...(e.target.files ?? [])]);
          e.target.value = '';
        }}
      />
      <button type="button" onClick={() => files.current?.click()}>
        {t('attachments.attach')}
      </button>
    </>
  );
}

/** The text being written: focus and saved-prompt insertion on request, `/` offering saved prompts. */
function useDraft() {
  const prompts = useStore((s) => s.prompts);
  const focusRequest = useStore((s) => s.composerFocus);
  const insert = useStore((s) => s.composerInsert);
  const [text, setText] = useState('');
  const [choice, setChoice] = useState(0);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusRequest) box.current?.focus();
  }, [focusRequest]);
  useEffect(() => {
    if (insert) setText(insert.text);
  }, [insert]);
  return { text, setText, choice, setChoice, box, offered: slashMatches(prompts, text) };
}

/**
 * The message box: Enter sends, Shift+Enter adds a line, Esc stops, `/` offers saved prompts. When
 * the conversation cannot send (no key, no model), Send is disabled and the reason is shown.
 */
export function Composer(props: { streaming: boolean; blocker: string | undefined; onSend(text: string): Promise<boolean>; onStop(): void }) {
  const { t } = useTranslation();
  const pending = useStore((s) => s.pending);
  const attachFiles = useStore((s) => s.attachFiles);
  const adding = pending.some((p) => !p.ref && !p.error);
  const ready = pending.some((p) => p.ref);
  const { text, setText, choice, setChoice, box, offered } = useDraft();
  const [sending, setSending] = useState(false);
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if ((!text.trim() && !ready) || adding || props.streaming || sending || props.blocker) return;
    setSending(true);
    // Keep the text until the main process has accepted it: a refused send loses nothing.
    const accepted = await props.onSend(text);
    setSending(false);
    if (accepted) setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (offered?.length && ['ArrowDown', 'ArrowUp', 'Enter', 'Tab'].includes(event.key)) {
      event.preventDefault();
      if (event.key === 'ArrowDown') setChoice((c) => Math.min(c + 1, offered.length - 1));
      else if (event.key === 'ArrowUp') setChoice((c) => Math.max(c - 1, 0));
      else setText(offered[Math.min(choice, offered.length - 1)]!.text ?? '');
      return;
    }
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
      {offered && <SlashMenu offered={offered} choice={choice} onPick={(p) => setText(p.text ?? '')} />}
      <AttachmentChips />
      <div className="composer-row">
        <textarea
          ref={box}
          aria-label={t('composer.message')}
          placeholder={t('composer.placeholder')}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setChoice(0);
          }}
          onKeyDown={onKeyDown}
          // A pasted image (a screenshot) is attached; pasted text stays text.
          onPaste={(e) => {
            const pasted = [...e.clipboardData.files];
            if (!pasted.length) return;
            e.preventDefault();
            void attachFiles(pasted);
          }}
          rows={3}
        />
        <AttachButton />
        {props.streaming ? (
          <button type="button" onClick={props.onStop}>
            {t('composer.stop')}
          </button>
        ) : (
          <button type="submit" className="primary" disabled={!!props.blocker || sending || adding || (!text.trim() && !ready)} aria-describedby={props.blocker ? 'send-blocker' : undefined}>
            {t('composer.send')}
          </button>
        )}
      </div>
      {adding && <p className="small muted">{t('attachments.waiting')}</p>}
      {props.blocker && (
        <p id="send-blocker" className="small warn" role="status">
          {props.blocker}
        </p>
      )}
    </form>
  );
}
