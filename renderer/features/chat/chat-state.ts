import type { ChatMessage, ConversationSummary } from '../../../electron/shared/chat';

/** A short human note for how an answer ended, or undefined for a normal stop. Pure. */
export function finishNote(message: ChatMessage): string | undefined {
  switch (message.finishReason) {
    case 'length':
      return 'Cut off: the answer reached the maximum length.';
    case 'refusal':
      return 'The model refused to answer.';
    case 'content_filter':
      return 'Stopped by the provider’s content filter.';
    case 'aborted':
      return message.status === 'aborted' ? 'Stopped.' : undefined;
    case 'interrupted':
      return 'Interrupted: Switchboard closed while this answer was streaming; the text so far is kept.';
    case 'incomplete':
      return 'Cut off: the answer ended before the provider said it was complete.';
    case 'tool_calls':
      return 'The model asked to call a tool (shown, not executed).';
    default:
      return undefined;
  }
}

/** Index of the first message shown when only the latest `visible` are. Pure. */
export function windowStart(total: number, visible: number): number {
  return Math.max(0, total - Math.max(0, visible));
}

/** Conversations whose title, provider or model contains every word of the query. Pure. */
export function filterConversations(list: readonly ConversationSummary[], query: string): ConversationSummary[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [...list];
  return list.filter((c) => {
    const hay = `${c.title} ${c.providerId} ${c.model}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}
