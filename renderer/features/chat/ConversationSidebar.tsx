import { useState } from 'react';
import type { ConversationSummary } from '../../../electron/shared/chat';
import { useShortcut } from '../../hooks/use-shortcut';
import { useStore } from '../../store/store';
import { filterConversations } from './chat-state';

function ConversationItem({ summary, selected, onRename }: { summary: ConversationSummary; selected: boolean; onRename(): void }) {
  const openConversation = useStore((s) => s.openConversation);
  const deleteConversation = useStore((s) => s.deleteConversation);
  return (
    <>
      <button type="button" className="conversation" aria-current={selected ? 'true' : undefined} onClick={() => void openConversation(summary.id)} onDoubleClick={onRename}>
        {summary.title}
      </button>
      <button type="button" className="icon" aria-label={`Rename conversation ${summary.title}`} title="Rename" onClick={onRename}>
        ✎
      </button>
      <button type="button" className="icon" aria-label={`Delete conversation ${summary.title}`} onClick={() => void deleteConversation(summary.id)}>
        ×
      </button>
    </>
  );
}

function RenameField({ id, initial, onDone }: { id: string; initial: string; onDone(): void }) {
  const renameConversation = useStore((s) => s.renameConversation);
  const [title, setTitle] = useState(initial);
  const commit = () => {
    onDone();
    if (title.trim()) void renameConversation(id, title.trim());
  };
  return (
    <form
      className="rename"
      onSubmit={(e) => {
        e.preventDefault();
        commit();
      }}
    >
      <input aria-label="Conversation title" value={title} autoFocus onChange={(e) => setTitle(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Escape' && onDone()} />
    </form>
  );
}

/** The conversation list: new chat, search, rename, delete; Ctrl/Cmd+N starts a new chat. */
export function ConversationSidebar() {
  const summaries = useStore((s) => s.summaries);
  const currentId = useStore((s) => s.current?.id);
  const newConversation = useStore((s) => s.newConversation);
  const [renaming, setRenaming] = useState<string>();
  const [search, setSearch] = useState('');
  useShortcut('n', () => void newConversation());
  return (
    <aside className="sidebar" aria-label="Conversations">
      <button type="button" className="primary" onClick={() => void newConversation()}>
        New chat
      </button>
      <input type="search" aria-label="Search conversations" placeholder="Search" value={search} onChange={(e) => setSearch(e.target.value)} />
      <ul className="conversation-list">
        {filterConversations(summaries, search).map((c) => (
          <li key={c.id} className={c.id === currentId ? 'selected' : ''}>
            {renaming === c.id ? <RenameField id={c.id} initial={c.title} onDone={() => setRenaming(undefined)} /> : <ConversationItem summary={c} selected={c.id === currentId} onRename={() => setRenaming(c.id)} />}
          </li>
        ))}
      </ul>
    </aside>
  );
}
