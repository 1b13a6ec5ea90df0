import { useTranslation } from 'react-i18next';
import type { Comparison } from '../../../electron/shared/compare';
import type { Exchange } from '../../../electron/shared/exchange';
import { CauseList } from '../../components/CauseList';

/** Two exchanges side by side: what differs, in the order that matters for a refusal; identical parts folded; the cause it points at. */
export function ComparisonView({ comparison, a, b, onClose }: { comparison: Comparison; a: Exchange; b: Exchange; onClose(): void }) {
  const { t } = useTranslation();
  const sections = [...new Set(comparison.differences.map((d) => d.section))];
  return (
    <div className="overlay" onMouseDown={(e) => e.target === e.currentTarget && onClose()} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="dialog comparison" role="dialog" aria-modal="true" aria-label={t('compare.title')}>
        <div className="dialog-head">
          <h2>{t('compare.title')}</h2>
          <button type="button" className="icon" aria-label={t('compare.close')} autoFocus onClick={onClose}>
            ×
          </button>
        </div>
        <p className="small">
          <strong>{t('compare.a')}</strong> {a.method} {a.url} → {a.response?.status ?? a.error ?? a.state}
          <br />
          <strong>{t('compare.b')}</strong> {b.method} {b.url} → {b.response?.status ?? b.error ?? b.state}
        </p>
        {sections.map((section) => (
          <section key={section} aria-label={t(`compare.sections.${section}`)}>
            <h3>{t(`compare.sections.${section}`)}</h3>
            <table className="headers compare-table">
              <thead>
                <tr>
                  <th scope="col" />
                  <th scope="col">{t('compare.a')}</th>
                  <th scope="col">{t('compare.b')}</th>
                </tr>
              </thead>
              <tbody>
                {comparison.differences
                  .filter((d) => d.section === section)
                  .map((d) => (
                    <tr key={d.key}>
                      <th scope="row">{d.key}</th>
                      <td>{d.a ?? t('compare.absent')}</td>
                      <td>{d.b ?? t('compare.absent')}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </section>
        ))}
        {!sections.length && <p>{t('compare.noDifference')}</p>}
        {comparison.same.length > 0 && <p className="muted small">{t('compare.identical', { sections: comparison.same.map((s) => t(`compare.sections.${s}`)).join(', ') })}</p>}
        <p role="status">{comparison.matters ? t('compare.matters') : t('compare.doesNotMatter')}</p>
        <CauseList ids={comparison.causes} {...(a.providerId ? { providerId: a.providerId } : {})} />
      </div>
    </div>
  );
}
