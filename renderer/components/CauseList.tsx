import { useApp } from '../app-context';

/** The catalog causes of a failure, each with its explanation and fix. */
export function CauseList({ ids }: { ids: readonly string[] }) {
  const { causes } = useApp();
  if (!ids.length) return null;
  return (
    <ul className="causes" aria-label="Likely causes">
      {ids.map((id) => {
        const c = causes[id];
        return (
          <li key={id} data-cause={id}>
            <strong>{c?.title ?? id}</strong>
            {c && (
              <>
                <span className="explanation"> — {c.explanation}</span>
                <div className="fix">Fix: {c.fix}</div>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
