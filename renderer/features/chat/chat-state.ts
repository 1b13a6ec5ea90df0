import type { Push } from '../../../electron/ipc/contract';
import type { ChatMessage, Conversation, ConversationSummary } from '../../../electron/shared/chat';

/** Appends a streamed delta to the message it belongs to. Pure; unknown messages are ignored. */
export function applyDelta(conversation: Conversation, delta: Push['chat:delta']): Conversation {
  if (delta.conversationId !== conversation.id) return conversation;
  let changed = false;
  const messages = conversation.messages.map((m) => {
    if (m.id !== delta.messageId) return m;
    changed = true;
    return {
      ...m,
      content: m.content + (delta.text ?? ''),
      ...(delta.reasoning ? { reasoning: (m.reasoning ?? '') + delta.reasoning } : {}),
    };
  });
  return changed ? { ...conversation, messages } : conversation;
}

/** Replaces a streamed message with its final form. Pure. */
export function applyDone(conversation: Conversation, done: Push['chat:done']): Conversation {
  if (done.conversationId !== conversation.id) return conversation;
  const exists = conversation.messages.some((m) => m.id === done.message.id);
  const messages = exists ? conversation.messages.map((m) => (m.id === done.message.id ? done.message : m)) : [...conversation.messages, done.message];
  return { ...conversation, messages };
}

/** The message still streaming, if any. Pure. */
export function streamingMessage(conversation: Conversation | undefined): ChatMessage | undefined {
  return conversation?.messages.find((m) => m.status === 'streaming');
}

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
