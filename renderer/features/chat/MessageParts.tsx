import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatMessage } from '../../../electron/shared/chat';
import { CauseList } from '../../components/CauseList';
import { useApp } from '../../app-context';
import { versionOf } from './chat-state';

/** Edits a sent message: a box as tall as the text, Ctrl/Cmd+Enter or the button sends, Esc cancels. */
export function EditForm({ initial, onSave, onCancel }: { initial: string; onSave(text: string): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const rows = Math.min(20, Math.max(4, text.split('\n').length + Math.floor(text.length / 90)));
  return (
    <form
      className="edit"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) onSave(text);
      }}
    >
      <textarea
        aria-label={t('message.editField')}
        value={text}
        autoFocus
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onCancel();
          } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && text.trim()) {
            e.preventDefault();
            onSave(text);
          }
        }}
        rows={rows}
      />
      <div className="row">
        <button type="submit" className="primary">
          {t('message.saveAndSend')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A failed answer: the provider's own words, the likely causes with their fixes, the request. */
export function MessageError({ message }: { message: ChatMessage }) {
  const { t } = useTranslation();
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
        <button type="button" className="small" onClick={() => navigate({ view: 'network', param: error.exchangeId! })}>
          {t('message.showRequest')}
        </button>
      )}
    </div>
  );
}

/** ‹ n / m ›: the versions of a turn (regenerated answers, edited questions); the conversation goes on from the one shown. */
export function VersionSwitch({ message, busy, onSwitch }: { message: ChatMessage; busy: boolean; onSwitch(messageId: string): void }) {
  const { t } = useTranslation();
  const v = versionOf(message);
  if (!v) return null;
  return (
    <span className="versions" role="group" aria-label={t('message.versions')}>
      <button type="button" className="icon" aria-label={t('message.previousVersion')} disabled={busy || !v.previous} onClick={() => v.previous && onSwitch(v.previous)}>
        ‹
      </button>
      <span className="small">{t('message.versionOf', { n: v.n, m: v.m })}</span>
      <button type="button" className="icon" aria-label={t('message.nextVersion')} disabled={busy || !v.next} onClick={() => v.next && onSwitch(v.next)}>
        ›
      </button>
    </span>
  );
}

/** Edit for a question; Retry or Regenerate and Copy for an answer. */
export function MessageActions({ message, onRegenerate, onEdit }: { message: ChatMessage; onRegenerate(): void; onEdit(): void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  if (message.role === 'user') {
    return (
      <div className="message-actions">
        <button type="button" className="small" onClick={onEdit}>
          {t('message.edit')}
        </button>
      </div>
    );
  }
  if (message.status === 'streaming') return null;
  return (
    <div className="message-actions">
      <button type="button" className="small" onClick={onRegenerate}>
        {message.status === 'error' ? t('message.retry') : t('message.regenerate')}
      </button>
      {message.content && (
        <button type="button" className="small" onClick={() => void navigator.clipboard?.writeText(message.content).then(() => setCopied(true))}>
          {copied ? t('message.copied') : t('message.copy')}
        </button>
      )}
    </div>
  );
}

/** Tokens in and out, reasoning tokens, and speed. */
export function UsageLine({ usage }: { usage: NonNullable<ChatMessage['usage']> }) {
  const { t } = useTranslation();
  return (
    <div className="usage" aria-label={t('message.usage')}>
      {t('message.usageLine', { input: usage.inputTokens ?? '?', output: usage.outputTokens ?? '?' })}
      {usage.reasoningTokens ? t('message.reasoningTokens', { count: usage.reasoningTokens }) : ''}
      {usage.generationMs && usage.outputTokens ? t('message.tokensPerSecond', { rate: ((usage.outputTokens * 1000) / usage.generationMs).toFixed(1) }) : ''}
    </div>
  );
}
