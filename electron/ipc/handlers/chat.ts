import type { Core } from '../../core/app';
import type { Handlers } from '../serve';

/** Chat turns: send, stop, regenerate, edit, switch between versions. Answers stream as `chat:delta` and `chat:done` pushes. */
export function chatHandlers(core: Core): Pick<Handlers, 'chat:send' | 'chat:abort' | 'chat:regenerate' | 'chat:edit' | 'chat:switch-branch'> {
  const { chat } = core;
  return {
    'chat:send': ({ conversationId, text }) => chat.send(conversationId, text),
    'chat:abort': async ({ requestId }) => ({ aborted: chat.abort(requestId) }),
    'chat:regenerate': ({ conversationId, messageId }) => chat.regenerate(conversationId, messageId),
    'chat:edit': ({ conversationId, messageId, text }) => chat.edit(conversationId, messageId, text),
    'chat:switch-branch': async ({ conversationId, messageId }) => {
      chat.switchBranch(conversationId, messageId);
      return core.conversations.get(conversationId);
    },
  };
}
