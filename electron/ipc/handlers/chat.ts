import type { Core } from '../../core/app';
import type { Handlers } from '../serve';

/** Chat turns: send, stop, regenerate, edit. Answers stream as `chat:delta` and `chat:done` pushes. */
export function chatHandlers(core: Core): Pick<Handlers, 'chat:send' | 'chat:abort' | 'chat:regenerate' | 'chat:edit'> {
  const { chat } = core;
  return {
    'chat:send': ({ conversationId, text }) => chat.send(conversationId, text),
    'chat:abort': async ({ requestId }) => ({ aborted: chat.abort(requestId) }),
    'chat:regenerate': ({ conversationId, messageId }) => chat.regenerate(conversationId, messageId),
    'chat:edit': ({ conversationId, messageId, text }) => chat.edit(conversationId, messageId, text),
  };
}
