import { useTranslation } from 'react-i18next';
import { snippetParts, type SearchHit } from '../../../electron/shared/chat';
import { useStore } from '../../store/store';

/** Search hits in titles and message text, each with its passage and the match marked; a click opens the conversation at the match. */
export function SearchResults({ hits, query }: { hits: SearchHit[]; query: string }) {
  const { t } = useTranslation();
  const openConversation = useStore((s) => s.openConversation);
  const setHighlight = useStore((s) => s.setHighlight);
  const setSidebarOpen = useStore((s) => s.setSidebarOpen);
  const leaveFirstRun = useStore((s) => s.leaveFirstRun);
  if (!hits.length) return <p className="muted small" role="status">{t('sidebar.noMatch', { query })}</p>;
  return (
    <ul className="search-results" aria-label={t('sidebar.searchResults')}>
      {hits.map((hit) => (
        <li key={`${hit.conversationId}:${hit.messageId ?? 'title'}`}>
          <button
            type="button"
            className="search-hit"
            onClick={() => {
              setHighlight({ conversationId: hit.conversationId, query });
              setSidebarOpen(false);
              leaveFirstRun();
              void openConversation(hit.conversationId);
            }}
          >
            <strong>{hit.title}</strong>
            <span className="snippet">
              {hit.messageId ? snippetParts(hit.snippet).map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>)) : <em>{t('sidebar.titleMatch')}</em>}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
