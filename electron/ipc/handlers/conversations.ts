import type { Core } from '../../core/app';
import type { Handlers } from '../serve';

/** Conversations: list, open, create, change, delete. */
export function conversationHandlers(core: Core): Pick<Handlers, 'conversations:list' | 'conversations:get' | 'conversations:create' | 'conversations:update' | 'conversations:delete'> {
  const { conversations } = core;
  return {
    'conversations:list': async () => conversations.list(),
    'conversations:get': async ({ id }) => conversations.get(id),
    'conversations:create': (request) => conversations.create(request),
    'conversations:update': async ({ id, ...change }) => conversations.update(id, change),
    'conversations:delete': async ({ id }) => ({ deleted: conversations.delete(id) }),
  };
}
