import { useCallback, useEffect, useRef, useState } from 'react';
import type { Conversation, ConversationSummary } from '../../../electron/shared/chat';
import type { StoreProblemView } from '../../../electron/shared/app-info';
import { useApp } from '../../app-context';
import { applyDelta, applyDone, filterConversations, streamingMessage } from './chat-state';
import { Composer } from './Composer';
import { ConversationHeader } from './ConversationHeader';
import { MessageList } from './MessageList';

/** The chat: conversation list, the selected conversation's messages, the composer. */
export function ChatView() {
  const { api, providers } = useApp();
  const [list, setList] = useState<ConversationSummary[]>([]);
  const [problems, setProblems] = useState<StoreProblemView[]>([]);
  const [current, setCurrent] = useState<Conversation>();
  const [error, setError] = useState<string>();
  const requestRef = useRef<string | undefined>(undefined);
  const bottomRef = useRef<HTMLDivElement>(null);

  const refreshList = useCallback(async () => {
    const r = await api.invoke('conversations:list', {});
    if (r.ok) {
      setList(r.value.conversations);
      setProblems(r.value.problems);
    }
    return r.ok ? r.value.conversations : [];
  }, [api]);

  const open = useCallback(
    async (id: string) => {
      const r = await api.invoke('conversations:get', { id });
      if (r.ok) setCurrent(r.value);
      else setError(r.error.message);
    },
    [api],
  );

  useEffect(() => {
    void refreshList().then((all) => {
      if (all[0]) void open(all[0].id);
    });
  }, [refreshList, open]);

  useEffect(() => {
    const offDelta = api.on('chat:delta', (d) => setCurrent((c) => (c ? applyDelta(c, d) : c)));
    const offDone = api.on('chat:done', (d) => {
      if (requestRef.current === d.requestId) requestRef.current = undefined;
      setCurrent((c) => (c ? applyDone(c, d) : c));
      void refreshList();
    });
    return () => {
      offDelta();
      offDone();
    };
  }, [api, refreshList]);

  const logRef = useRef<HTMLDivElement>(null);
  const followRef = useRef(true);
  // Follow the answer as it streams, unless the user scrolled up to read something.
  const onScroll = () => {
    const el = logRef.current;
    if (el) followRef.current = el.scrollTop + el.clientHeight >= el.scrollHeight - 80;
  };
  useEffect(() => {
    followRef.current = true;
  }, [current?.id]);
  useEffect(() => {
    if (followRef.current) bottomRef.current?.scrollIntoView({ block: 'end' });
  }, [current?.messages]);

  // Ctrl/Cmd+N starts a new chat.
  const createRef = useRef<() => Promise<void>>(async () => undefined);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'n') {
        e.preventDefault();
        void createRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const create = async () => {
    const preferred = current?.providerId ?? providers.find((p) => p.key.source !== 'none')?.preset.id ?? 'openai';
    const r = await api.invoke('conversations:create', { providerId: preferred });
    if (!r.ok) return setError(r.error.message);
    setCurrent(r.value);
    await refreshList();
  };

  const [renaming, setRenaming] = useState<{ id: string; title: string }>();
  const [search, setSearch] = useState('');
  const shown = filterConversations(list, search);
  const rename = async () => {
    if (!renaming) return;
    const title = renaming.title.trim();
    setRenaming(undefined);
    if (!title) return;
    const r = await api.invoke('conversations:update', { id: renaming.id, title });
    if (r.ok && current?.id === renaming.id) setCurrent((c) => (c ? { ...c, title } : c));
    await refreshList();
  };

  createRef.current = create;

  const remove = async (id: string) => {
    await api.invoke('conversations:delete', { id });
    const rest = await refreshList();
    if (current?.id === id) {
      setCurrent(undefined);
      if (rest[0]) void open(rest[0].id);
    }
  };

  const send = async (text: string): Promise<boolean> => {
    setError(undefined);
    let conversation = current;
    if (!conversation) {
      const created = await api.invoke('conversations:create', { providerId: providers.find((p) => p.key.source !== 'none')?.preset.id ?? 'openai' });
      if (!created.ok) {
        setError(created.error.message);
        return false;
      }
      conversation = created.value;
    }
    const r = await api.invoke('chat:send', { conversationId: conversation.id, text });
    if (!r.ok) {
      setError(r.error.message);
      return false;
    }
    requestRef.current = r.value.requestId;
    const fresh = await api.invoke('conversations:get', { id: conversation.id });
    if (fresh.ok) setCurrent((c) => mergeFresh(c, fresh.value));
    void refreshList();
    return true;
  };

  // Stable callbacks (they read the conversation from a ref) keep memoized messages from re-rendering.
  const currentRef = useRef(current);
  currentRef.current = current;
  const restart = useCallback(
    async (call: (conversationId: string) => ReturnType<typeof api.invoke<'chat:regenerate'>>) => {
      const conversation = currentRef.current;
      if (!conversation) return;
      setError(undefined);
      const r = await call(conversation.id);
      if (!r.ok) return setError(r.error.message);
      requestRef.current = r.value.requestId;
      const fresh = await api.invoke('conversations:get', { id: conversation.id });
      if (fresh.ok) setCurrent((c) => mergeFresh(c, fresh.value));
    },
    [api],
  );
  const regenerate = useCallback((messageId: string) => void restart((conversationId) => api.invoke('chat:regenerate', { conversationId, messageId })), [api, restart]);
  const edit = useCallback((messageId: string, text: string) => void restart((conversationId) => api.invoke('chat:edit', { conversationId, messageId, text })), [api, restart]);

  const stop = () => {
    if (requestRef.current) void api.invoke('chat:abort', { requestId: requestRef.current });
  };

  const streaming = !!streamingMessage(current);
  const title = current?.title;
  useEffect(() => {
    document.title = title ? `${title} — Switchboard` : 'Switchboard';
  }, [title]);
  return (
    <div className="chat">
      <aside className="sidebar" aria-label="Conversations">
        <button type="button" className="primary" onClick={() => void create()}>
          New chat
        </button>
        {problems.map((p) => (
          <div key={p.file} role="alert" className="banner warn">
            {p.file} could not be read ({p.reason}); it was moved to {p.movedTo}.
          </div>
        ))}
        <input type="search" aria-label="Search conversations" placeholder="Search" value={search} onChange={(e) => setSearch(e.target.value)} />
        <ul className="conversation-list">
          {shown.map((c) => (
            <li key={c.id} className={c.id === current?.id ? 'selected' : ''}>
              {renaming?.id === c.id ? (
                <form
                  className="rename"
                  onSubmit={(e) => {
                    e.preventDefault();
                    void rename();
                  }}
                >
                  <input aria-label="Conversation title" value={renaming.title} autoFocus onChange={(e) => setRenaming({ id: c.id, title: e.target.value })} onBlur={() => void rename()} onKeyDown={(e) => e.key === 'Escape' && setRenaming(undefined)} />
                </form>
              ) : (
                <button type="button" className="conversation" aria-current={c.id === current?.id ? 'true' : undefined} onClick={() => void open(c.id)} onDoubleClick={() => setRenaming({ id: c.id, title: c.title })}>
                  {c.title}
                </button>
              )}
              <button type="button" className="icon" aria-label={`Rename conversation ${c.title}`} title="Rename" onClick={() => setRenaming({ id: c.id, title: c.title })}>
                ✎
              </button>
              <button type="button" className="icon" aria-label={`Delete conversation ${c.title}`} onClick={() => void remove(c.id)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      </aside>
      <section className="conversation-pane" aria-label="Conversation">
        {current && <ConversationHeader conversation={current} onChange={setCurrent} />}
        <div className="messages" role="log" aria-label="Messages" aria-live="polite" ref={logRef} onScroll={onScroll}>
          {current && <MessageList conversationId={current.id} messages={current.messages} busy={streaming} onRegenerate={regenerate} onEdit={edit} />}
          {!current?.messages.length && <p className="empty">Pick a provider and model above, then say something.</p>}
          <div ref={bottomRef} />
        </div>
        {error && (
          <div role="alert" className="banner bad">
            {error}
          </div>
        )}
        <Composer streaming={streaming} disabled={false} onSend={send} onStop={stop} />
      </section>
    </div>
  );
}

// Deltas may have arrived before the fresh copy: keep whichever copy of a message has more text.
function mergeFresh(local: Conversation | undefined, fresh: Conversation): Conversation {
  if (!local || local.id !== fresh.id) return fresh;
  const byId = new Map(local.messages.map((m) => [m.id, m]));
  return {
    ...fresh,
    messages: fresh.messages.map((m) => {
      const mine = byId.get(m.id);
      if (!mine) return m;
      if (mine.status !== 'streaming' && m.status === 'streaming') return mine;
      return mine.content.length > m.content.length ? mine : m;
    }),
  };
}
