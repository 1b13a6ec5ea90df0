import type { ChatDelta, ChatDone, ChatMessage, ChatStep, Conversation } from '../../electron/shared/chat';

/** Appends a streamed delta to the message it belongs to. Pure; unknown messages are ignored. */
export function applyDelta(conversation: Conversation, delta: ChatDelta): Conversation {
  if (delta.conversationId !== conversation.id) return conversation;
  let changed = false;
  const messages = conversation.messages.map((m) => {
    if (m.id !== delta.messageId) return m;
    changed = true;
    return { ...m, content: m.content + (delta.text ?? ''), ...(delta.reasoning ? { reasoning: (m.reasoning ?? '') + delta.reasoning } : {}) };
  });
  return changed ? { ...conversation, messages } : conversation;
}

/** Replaces a streaming message with the whole of it so far (a round of tool calls moved its text into a step). Pure. */
export function applyStep(conversation: Conversation, step: ChatStep): Conversation {
  if (step.conversationId !== conversation.id) return conversation;
  const messages = conversation.messages.map((m) => (m.id === step.message.id ? { ...step.message, ...(m.siblings && !step.message.siblings ? { siblings: m.siblings } : {}) } : m));
  return { ...conversation, messages };
}

/** Replaces a streamed message with its final form. Pure. */
export function applyDone(conversation: Conversation, done: ChatDone): Conversation {
  if (done.conversationId !== conversation.id) return conversation;
  const exists = conversation.messages.some((m) => m.id === done.message.id);
  // The final message is the turn's; the versions around it are the conversation's, kept from before.
  const final = (m: ChatMessage): ChatMessage => (done.message.siblings || !m.siblings ? done.message : { ...done.message, siblings: m.siblings });
  const messages = exists ? conversation.messages.map((m) => (m.id === done.message.id ? final(m) : m)) : [...conversation.messages, done.message];
  return { ...conversation, messages };
}

/**
 * A freshly fetched copy of the conversation, merged with what streamed in meanwhile: deltas may
 * have arrived before the copy, so of each message the one with more text (or already final) wins.
 * Everything else (an edited question, a new title) comes from the fresh copy. Pure.
 */
export function mergeFresh(local: Conversation | undefined, fresh: Conversation): Conversation {
  if (!local || local.id !== fresh.id) return fresh;
  const byId = new Map(local.messages.map((m) => [m.id, m]));
  return {
    ...fresh,
    messages: fresh.messages.map((m) => {
      const mine = byId.get(m.id);
      if (!mine || m.role === 'user') return m;
      if (mine.status !== 'streaming' && m.status === 'streaming') return mine;
      // Rounds of tool calls move text out of `content`: the copy with more rounds is the newer.
      const rounds = (x: ChatMessage) => x.steps?.length ?? 0;
      if (rounds(mine) !== rounds(m)) return rounds(mine) > rounds(m) ? mine : m;
      return mine.content.length > m.content.length ? mine : m;
    }),
  };
}

/** The message still streaming, if any. Pure. */
export function streamingMessage(conversation: Conversation | undefined): ChatMessage | undefined {
  return conversation?.messages.find((m) => m.status === 'streaming');
}
