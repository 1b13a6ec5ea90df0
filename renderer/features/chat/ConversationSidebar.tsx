import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationSummary, SearchHit } from '../../../electron/shared/chat';
import { useShortcut } from '../../hooks/use-shortcut';
import { useStore, useStoreApi } from '../../store/store';
import { SearchResults } from './SearchResults';

function ConversationItem({ summary, selected, onRename }: { summary: ConversationSummary; selected: boolean; onRename(): void }) {
  const { t } = useTranslation();
  const store = useStoreApi();
  const openConversation = useStore((s) => s.openConversation);
  const setSidebarOpen = useStore((s) => s.setSidebarOpen);
  const leaveFirstRun = useStore((s) => s.leaveFirstRun);
  // Deleting is one click, and undoable: the conversation is kept (as its export) until the notice goes.
  const remove = async () => {
    const { exportConversation, deleteConversation, showToast, importHistory, openConversation: open } = store.getState();
    const saved = await exportConversation(summary.id, 'json');
    await deleteConversation(summary.id);
    if (!('text' in saved)) return;
    showToast({
      text: t('sidebar.deleted', { title: summary.title }),
      action: {
        label: t('common.undo'),
        run: () =>
          void importHistory(saved.text).then((r) => {
            if (r.ok) void open(summary.id);
          }),
      },
    });
  };
  return (
    <>
      <button
        type="button"
        className="conversation"
        aria-current={selected ? 'true' : undefined}
        onClick={() => {
          setSidebarOpen(false);
          leaveFirstRun();
          void openConversation(summary.id);
        }}
        onDoubleClick={onRename}
      >
        {summary.title}
      </button>
      <button type="button" className="icon" aria-label={t('sidebar.rename', { title: summary.title })} title={t('sidebar.renameHint')} onClick={onRename}>
        ✎
      </button>
      <button type="button" className="icon" aria-label={t('sidebar.delete', { title: summary.title })} onClick={() => void remove()}>
        ×
      </button>
    </>
  );
}

function RenameField({ id, initial, onDone }: { id: string; initial: string; onDone(): void }) {
  const { t } = useTranslation();
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
      <input aria-label={t('sidebar.titleField')} value={title} autoFocus onChange={(e) => setTitle(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Escape' && onDone()} />
    </form>
  );
}

/** Search hits for a query (titles and message text), debounced; undefined while there is no query. */
function useSearch(query: string): SearchHit[] | undefined {
  const searchConversations = useStore((s) => s.searchConversations);
  const [hits, setHits] = useState<SearchHit[]>();
  useEffect(() => {
    if (!query.trim()) return setHits(undefined);
    let live = true;
    const timer = setTimeout(() => void searchConversations(query.trim()).then((h) => live && setHits(h)), 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, searchConversations]);
  return query.trim() ? hits : undefined;
}

/** The conversation list: new chat, search in titles and messages, rename, delete with Undo; Ctrl/Cmd+N starts a new chat. */
export function ConversationSidebar() {
  const { t } = useTranslation();
  const summaries = useStore((s) => s.summaries);
  const currentId = useStore((s) => s.current?.id);
  const newConversation = useStore((s) => s.newConversation);
  const focusComposer = useStore((s) => s.focusComposer);
  const open = useStore((s) => s.sidebarOpen);
  const search = useStore((s) => s.searchQuery);
  const setSearch = useStore((s) => s.setSearchQuery);
  const [renaming, setRenaming] = useState<string>();
  const hits = useSearch(search);
  const leaveFirstRun = useStore((s) => s.leaveFirstRun);
  const startNew = () => {
    leaveFirstRun();
    void newConversation().then(focusComposer);
  };
  useShortcut('n', startNew);
  return (
    <aside className={`sidebar conversations ${open ? 'open' : ''}`} aria-label={t('sidebar.label')}>
      <button type="button" className="primary" onClick={startNew}>
        {t('sidebar.newChat')}
      </button>
      <input type="search" aria-label={t('sidebar.search')} placeholder={t('sidebar.searchPlaceholder')} value={search} onChange={(e) => setSearch(e.target.value)} />
      {hits ? (
        <SearchResults hits={hits} query={search.trim()} />
      ) : (
        <ul className="conversation-list">
          {summaries.map((c) => (
            <li key={c.id} className={c.id === currentId ? 'selected' : ''}>
              {renaming === c.id ? <RenameField id={c.id} initial={c.title} onDone={() => setRenaming(undefined)} /> : <ConversationItem summary={c} selected={c.id === currentId} onRename={() => setRenaming(c.id)} />}
            </li>
          ))}
          {!summaries.length && <li className="muted small">{t('sidebar.noConversations')}</li>}
        </ul>
      )}
    </aside>
  );
}
