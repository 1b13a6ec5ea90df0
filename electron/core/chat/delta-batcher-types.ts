/** A chunk of streamed answer for one request, as pushed to windows. */
export interface ChatDelta {
  requestId: string;
  conversationId: string;
  messageId: string;
  text?: string;
  reasoning?: string;
}
