import type { ChatMessage } from '../../../electron/shared/chat';

/** The kind of note for how an answer ended (a key under message.finish), or undefined for a normal stop. Pure. */
export function finishNote(message: ChatMessage): 'length' | 'refusal' | 'contentFilter' | 'aborted' | 'interrupted' | 'incomplete' | 'toolCalls' | undefined {
  switch (message.finishReason) {
    case 'aborted':
      return message.status === 'aborted' ? 'aborted' : undefined;
    case 'content_filter':
      return 'contentFilter';
    case 'tool_calls':
      return 'toolCalls';
    case 'length':
    case 'refusal':
    case 'interrupted':
    case 'incomplete':
      return message.finishReason;
    default:
      return undefined;
  }
}

/** Where a message stands among its versions: 1-based position, count, and its neighbours' ids. Pure. */
export function versionOf(message: ChatMessage): { n: number; m: number; previous?: string; next?: string } | undefined {
  const siblings = message.siblings;
  if (!siblings || siblings.length < 2) return undefined;
  const i = siblings.indexOf(message.id);
  if (i < 0) return undefined;
  return { n: i + 1, m: siblings.length, ...(i > 0 ? { previous: siblings[i - 1]! } : {}), ...(i < siblings.length - 1 ? { next: siblings[i + 1]! } : {}) };
}

/** Why the message box cannot send now, as a message key with its values; undefined when it can. Pure. */
export function sendBlocker(conversation: { providerId: string; model: string } | undefined, provider: { name: string; needsKey: boolean; hasKey: boolean } | undefined): { key: 'composer.needsKey' | 'composer.needsProvider' | 'composer.needsModel'; provider?: string } | undefined {
  if (!conversation) return undefined;
  if (!provider) return { key: 'composer.needsProvider' };
  if (provider.needsKey && !provider.hasKey) return { key: 'composer.needsKey', provider: provider.name };
  if (!conversation.model.trim()) return { key: 'composer.needsModel' };
  return undefined;
}

/** Index of the first message shown when only the latest `visible` are. Pure. */
export function windowStart(total: number, visible: number): number {
  return Math.max(0, total - Math.max(0, visible));
}

/** The index of the first message containing the query (case-insensitive), or -1. Pure. */
export function firstMatch(messages: readonly ChatMessage[], query: string): number {
  const q = query.trim().toLowerCase();
  if (!q) return -1;
  return messages.findIndex((m) => m.content.toLowerCase().includes(q));
}

/** A sampling field as typed: empty means the provider's default (null); out of range is refused. Pure. */
export function parseParam(key: 'temperature' | 'maxTokens', text: string): { ok: true; value: number | null } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: null };
  const n = Number(text);
  if (key === 'temperature') return Number.isFinite(n) && n >= 0 && n <= 2 ? { ok: true, value: n } : { ok: false };
  return Number.isInteger(n) && n >= 1 && n <= 1_000_000 ? { ok: true, value: n } : { ok: false };
}
