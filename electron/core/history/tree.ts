import type { ChatMessage, Conversation } from '../../shared/chat';

/** A conversation with every message of every branch (each with its parent) and the leaf it shows. */
export interface ConversationTree extends Omit<Conversation, 'messages'> {
  messages: (ChatMessage & { parentId: string | null })[];
  currentLeaf: string | null;
}
