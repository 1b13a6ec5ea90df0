import { useTranslation } from 'react-i18next';
import { causeText } from '../i18n/cause-text';
import { useStore } from '../store/store';
import { useCauseFixes } from './use-cause-fixes';
import { labelText } from './label-text';

/** The catalog causes of a failure (each once), with explanation, fix, and a button where the app can act. */
export function CauseList({ ids, providerId, model }: { ids: readonly string[]; providerId?: string; model?: string }) {
  const { t, i18n } = useTranslation();
  const causes = useStore((s) => s.causes);
  const { actionFor, run, notes } = useCauseFixes(providerId, model);
  if (!ids.length) return null;
  return (
    <ul className="causes" aria-label={t('causes.likely')}>
      {[...new Set(ids)].map((id) => {
        const c = causeText(id, i18n.language, causes[id]);
        const action = actionFor(id);
        return (
          <li key={id} data-cause={id}>
            <strong>{c?.title ?? id}</strong>
            {c && (
              <>
                <span className="explanation"> — {c.explanation}</span>
                <div className="fix">{t('causes.fix', { fix: c.fix })}</div>
              </>
            )}
            {action && !notes[id] && (
              <button type="button" className="fix-button" onClick={() => void run(id, action)}>
                {labelText(t, action.label)}
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
