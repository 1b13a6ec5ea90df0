import type { Core } from '../../core/app';
import type { Handlers } from '../serve';

/** Conversations: list, open, create, change, delete, search, export and import. */
export function conversationHandlers(
  core: Core,
): Pick<Handlers, 'conversations:list' | 'conversations:get' | 'conversations:create' | 'conversations:update' | 'conversations:delete' | 'conversations:search' | 'conversations:export' | 'conversations:import'> {
  const { conversations } = core;
  return {
    'conversations:list': async ({ limit, withLatest }) => {
      const listed = conversations.list(limit);
      const newest = withLatest ? listed.conversations[0] : undefined;
      if (!newest) return listed;
      // One that cannot be opened is left out: the window then opens it alone and shows why it failed.
      try {
        return { ...listed, latest: conversations.get(newest.id) };
      } catch {
        return listed;
      }
    },
    'conversations:search': async ({ query }) => ({ hits: conversations.search(query) }),
    'conversations:export': async ({ id, format }) => conversations.export(id, format),
    'conversations:import': async ({ text, format }) => conversations.import(text, format),
    'conversations:get': async ({ id }) => conversations.get(id),
    'conversations:create': (request) => conversations.create(request),
    'conversations:update': async ({ id, ...change }) => conversations.update(id, change),
    'conversations:delete': async ({ id }) => ({ deleted: conversations.delete(id) }),
  };
}
