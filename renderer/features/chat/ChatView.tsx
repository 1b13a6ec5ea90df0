import { useEffect } from 'react';
import { useStore, useStoreApi } from '../../store/store';
import { ConversationSidebar } from './ConversationSidebar';
import { ConversationPane } from './ConversationPane';

/** The chat: conversation list beside the open conversation. */
export function ChatView() {
  const store = useStoreApi();
  const title = useStore((s) => s.current?.title);
  useEffect(() => {
    // Opens on the latest conversation, unless one is already open (coming back from another tab).
    const { loadConversations, openConversation } = store.getState();
    void loadConversations().then((all) => {
      if (!store.getState().current && all[0]) void openConversation(all[0].id);
    });
  }, [store]);
  useEffect(() => {
    document.title = title ? `${title} — Switchboard` : 'Switchboard';
  }, [title]);
  return (
    <div className="chat">
      <ConversationSidebar />
      <ConversationPane />
    </div>
  );
}
