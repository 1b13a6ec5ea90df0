import { useTranslation } from 'react-i18next';
import type { DoctorReport } from '../../../electron/shared/doctor';
import { useApp } from '../../app-context';
import { CauseList } from '../../components/CauseList';
import { BundleButton } from '../../components/BundleDialog';

/** The result of the Test button: each check, the causes with their fixes, links to the requests. */
export function TestResult({ report }: { report: DoctorReport }) {
  const { t } = useTranslation();
  const { navigate } = useApp();
  return (
    <section className={`test-result ${report.ok ? 'ok' : 'bad'}`} aria-label={t('provider.testResult')}>
      <h3>{report.ok ? t('provider.testPassed') : t('provider.testFailed')}</h3>
      <ul className="checks">
        {report.checks.map((c) => (
          <li key={c.id} className={`check ${c.status}`}>
            <span className="check-status">{t(`provider.check.${c.status}`)}</span> {c.message}
            {c.exchangeIds?.map((id) => (
              <button key={id} type="button" className="small" onClick={() => navigate({ view: 'network', param: id })}>
                {t('provider.viewRequest')}
              </button>
            ))}
          </li>
        ))}
      </ul>
      <CauseList ids={report.causes} providerId={report.provider} model={report.model} />
      {report.ambiguity && <p className="muted">{report.ambiguity}</p>}
      <div className="row">
        <BundleButton providerId={report.provider} />
      </div>
      {report.suggestedBaseUrl && (
        <p aria-label={t('provider.correctedUrl')}>{t('provider.correctedUrlText', { url: report.suggestedBaseUrl })}</p>
      )}
    </section>
  );
}
