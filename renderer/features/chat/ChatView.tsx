import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore, useStoreApi } from '../../store/store';
import { ConversationSidebar } from './ConversationSidebar';
import { ConversationPane } from './ConversationPane';

// The setup a first run leads with (a provider form, its Test, the diagnostic bundle) is shown once
// per install: loaded when needed, it stays out of the JavaScript every start parses.
const FirstRun = lazy(() => import('./FirstRun').then((m) => ({ default: m.FirstRun })));

/**
 * Whether to lead with the setup: decided once the providers and the conversations are known
 * (nothing configured, nothing used yet), and kept until the user starts the first chat.
 */
function useFirstRun(conversationsLoaded: boolean): [boolean, () => void] {
  const providers = useStore((s) => s.providers);
  const summaries = useStore((s) => s.summaries);
  const [setup, setSetup] = useState<boolean>();
  const done = useStore((s) => s.firstRunDone);
  const leaveFirstRun = useStore((s) => s.leaveFirstRun);
  useEffect(() => {
    if (setup !== undefined || !providers.length || !conversationsLoaded) return;
    const configured = providers.some((p) => p.key.source !== 'none' && p.preset.auth.requirement !== 'none');
    setSetup(!configured && !summaries.some((c) => c.messageCount > 0));
  }, [providers, summaries, conversationsLoaded, setup]);
  return [!!setup && !done, leaveFirstRun];
}

/** The chat: conversation list beside the open conversation, or the first-run setup. */
export function ChatView() {
  const { t } = useTranslation();
  const store = useStoreApi();
  const title = useStore((s) => s.current?.title);
  const [loaded, setLoaded] = useState(false);
  const [firstRun, finishFirstRun] = useFirstRun(loaded);
  useEffect(() => {
    // Opens on the latest conversation, unless one is already open (coming back from another tab);
    // it comes with the list, so the chat is shown after one round trip to the core, not two.
    void store
      .getState()
      .loadConversations(!store.getState().current)
      .then(() => setLoaded(true));
  }, [store]);
  useEffect(() => {
    document.title = title ? t('app.titleWith', { title }) : t('app.name');
  }, [title, t]);
  return (
    <div className="chat">
      <ConversationSidebar />
      {firstRun ? (
        <Suspense fallback={null}>
          <FirstRun onStarted={finishFirstRun} />
        </Suspense>
      ) : (
        <ConversationPane />
      )}
    </div>
  );
}
