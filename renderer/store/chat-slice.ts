import type { TurnIds } from '../../electron/shared/chat';
import type { Result } from '../../electron/ipc/contract';
import type { Api } from '../api/client';
import { applyDelta, applyDone, applyStep, mergeFresh } from './chat-reducers';
import type { ChatSlice, SliceGet, SliceSet } from './state';

/** The ways a turn starts (send, regenerate, edit), all one sequence, and Stop. */
function createTurnActions(set: SliceSet, get: SliceGet, api: Api): Pick<ChatSlice, 'send' | 'regenerate' | 'editAndResend' | 'stop'> {
  // After the main process accepted a turn: remember the request, and take the saved conversation
  // (the user's new or edited question, a new title) merged with whatever already streamed in.
  const started = async (conversationId: string, r: Result<TurnIds>): Promise<boolean> => {
    if (!r.ok) {
      set({ chatError: r.error.message });
      return false;
    }
    set({ activeRequestId: r.value.requestId, chatError: undefined });
    const fresh = await api.invoke('conversations:get', { id: conversationId });
    if (fresh.ok) set((s) => ({ current: s.current?.id === conversationId ? mergeFresh(s.current, fresh.value) : s.current }));
    void get().loadConversations();
    return true;
  };
  return {
    async send(text) {
      set({ chatError: undefined });
      if (!get().current) await get().newConversation();
      const conversation = get().current;
      if (!conversation) return false;
      const attachments = get().pending.flatMap((p) => (p.ref ? [p.ref] : []));
      const ok = await started(conversation.id, await api.invoke('chat:send', { conversationId: conversation.id, text, ...(attachments.length ? { attachments } : {}) }));
      if (ok) {
        for (const p of get().pending) if (p.previewUrl) URL.revokeObjectURL(p.previewUrl);
        set({ pending: [] });
      }
      return ok;
    },
    async regenerate(messageId) {
      const conversation = get().current;
      if (conversation) await started(conversation.id, await api.invoke('chat:regenerate', { conversationId: conversation.id, messageId }));
    },
    async editAndResend(messageId, text) {
      const conversation = get().current;
      if (conversation) await started(conversation.id, await api.invoke('chat:edit', { conversationId: conversation.id, messageId, text }));
    },
    stop() {
      const requestId = get().activeRequestId;
      if (requestId) void api.invoke('chat:abort', { requestId });
    },
  };
}

/** The chat slice: conversations, the open one, and the pushes that stream into it. */
export function createChatSlice(set: SliceSet, get: SliceGet, api: Api): ChatSlice {
  return {
    summaries: [],
    current: undefined,
    activeRequestId: undefined,
    chatError: undefined,
    async loadConversations(openLatest = false) {
      const r = await api.invoke('conversations:list', openLatest ? { withLatest: true } : {});
      if (!r.ok) return get().summaries;
      const { conversations, latest } = r.value;
      const opening = openLatest && !get().current;
      set(opening && latest ? { summaries: conversations, current: latest, chatError: undefined } : { summaries: conversations });
      // The newest could not be sent whole: opened alone, it says why.
      if (opening && !latest && conversations[0]) void get().openConversation(conversations[0].id);
      return conversations;
    },
    async openConversation(id) {
      const r = await api.invoke('conversations:get', { id });
      set(r.ok ? { current: r.value, chatError: undefined } : { chatError: r.error.message });
    },
    async newConversation() {
      const r = await api.invoke('conversations:create', {});
      if (!r.ok) return set({ chatError: r.error.message });
      set({ current: r.value, chatError: undefined });
      await get().loadConversations();
    },
    unsaved: undefined,
    async searchConversations(query) {
      const r = await api.invoke('conversations:search', { query });
      return r.ok ? r.value.hits : [];
    },
    async exportConversation(id, format) {
      const r = await api.invoke('conversations:export', { ...(id ? { id } : {}), format });
      return r.ok ? r.value : { error: r.error.message };
    },
    async switchBranch(messageId) {
      const current = get().current;
      if (!current) return;
      const r = await api.invoke('chat:switch-branch', { conversationId: current.id, messageId });
      set(r.ok ? { current: r.value } : { chatError: r.error.message });
    },
    async renameConversation(id, title) {
      const r = await api.invoke('conversations:update', { id, title });
      if (r.ok) set((s) => ({ current: s.current?.id === id ? { ...s.current, title: r.value.title } : s.current }));
      await get().loadConversations();
    },
    async deleteConversation(id) {
      await api.invoke('conversations:delete', { id });
      const rest = await get().loadConversations();
      if (get().current?.id !== id) return;
      set({ current: undefined });
      if (rest[0]) await get().openConversation(rest[0].id);
    },
    async changeConversation(change) {
      const current = get().current;
      if (!current) return { ok: false, message: 'No conversation is open.' };
      const r = await api.invoke('conversations:update', { id: current.id, ...change });
      if (!r.ok) return { ok: false, message: r.error.message };
      set((s) => ({ current: s.current?.id === current.id ? mergeFresh(s.current, r.value) : s.current }));
      void get().loadConversations();
      return { ok: true };
    },
    ...createTurnActions(set, get, api),
    dismissChatError: () => set({ chatError: undefined }),
    receiveDelta: (delta) => set((s) => (s.current ? { current: applyDelta(s.current, delta) } : {})),
    receiveStep: (step) => set((s) => (s.current ? { current: applyStep(s.current, step) } : {})),
    receiveDone(done) {
      set((s) => ({ ...(s.current ? { current: applyDone(s.current, done) } : {}), ...(s.activeRequestId === done.requestId ? { activeRequestId: undefined } : {}), unsaved: done.unsaved }));
      void get().loadConversations();
    },
  };
}
