import type { Core } from '../../core/app';
import type { Handlers } from '../serve';
import { AppError } from '../../shared/errors';

/** Chat turns: send, stop, regenerate, edit, switch between versions. Answers stream as `chat:delta` and `chat:done` pushes. */
export function chatHandlers(core: Core): Pick<Handlers, 'chat:send' | 'chat:abort' | 'chat:regenerate' | 'chat:edit' | 'chat:switch-branch'> {
  const { chat } = core;
  return {
    'chat:send': async ({ conversationId, text, attachments }) => {
      // Only files this app keeps can be sent: a reference to anything else is refused.
      for (const a of attachments ?? []) if (!core.attachments.store.has(a.id)) throw new AppError('attachment-missing', `${a.name} is not in the attachment store; attach it again.`);
      return chat.send(conversationId, text, attachments?.length ? { attachments } : {});
    },
    'chat:abort': async ({ requestId }) => ({ aborted: chat.abort(requestId) }),
    'chat:regenerate': ({ conversationId, messageId }) => chat.regenerate(conversationId, messageId),
    'chat:edit': ({ conversationId, messageId, text }) => chat.edit(conversationId, messageId, text),
    'chat:switch-branch': async ({ conversationId, messageId }) => {
      chat.switchBranch(conversationId, messageId);
      return core.conversations.get(conversationId);
    },
  };
}
