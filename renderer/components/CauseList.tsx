import { useStore } from '../store/store';
import { useCauseFixes } from './use-cause-fixes';

/** The catalog causes of a failure, each with its explanation, its fix, and a button where the app can act. */
export function CauseList({ ids, providerId, model }: { ids: readonly string[]; providerId?: string; model?: string }) {
  const causes = useStore((s) => s.causes);
  const { actionFor, run, notes } = useCauseFixes(providerId, model);
  if (!ids.length) return null;
  return (
    <ul className="causes" aria-label="Likely causes">
      {ids.map((id) => {
        const c = causes[id];
        const action = actionFor(id);
        return (
          <li key={id} data-cause={id}>
            <strong>{c?.title ?? id}</strong>
            {c && (
              <>
                <span className="explanation"> — {c.explanation}</span>
                <div className="fix">Fix: {c.fix}</div>
              </>
            )}
            {action && !notes[id] && (
              <button type="button" className="fix-button" onClick={() => void run(id, action)}>
                {action.label}
              </button>
            )}
            {notes[id] && (
              <span role="status" className="muted small">
                {' '}
                {notes[id]}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
