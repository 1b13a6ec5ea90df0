import type { DoctorReport } from '../../../electron/shared/doctor';
import { useApp } from '../../app-context';
import { CauseList } from '../../components/CauseList';

const LABEL = { pass: 'Pass', warn: 'Warning', fail: 'Fail', skip: 'Skipped' } as const;

/** The result of the Test button: each check, the causes with their fixes, links to the requests. */
export function TestResult({ report }: { report: DoctorReport }) {
  const { navigate } = useApp();
  return (
    <section className={`test-result ${report.ok ? 'ok' : 'bad'}`} aria-label="Test result">
      <h3>{report.ok ? 'Test passed' : 'Test failed'}</h3>
      <ul className="checks">
        {report.checks.map((c) => (
          <li key={c.id} className={`check ${c.status}`}>
            <span className="check-status">{LABEL[c.status]}</span> {c.message}
            {c.exchangeIds?.map((id) => (
              <button key={id} type="button" className="link" onClick={() => navigate({ view: 'network', param: id })}>
                View request
              </button>
            ))}
          </li>
        ))}
      </ul>
      <CauseList ids={report.causes} providerId={report.provider} model={report.model} />
      {report.ambiguity && <p className="muted">{report.ambiguity}</p>}
      {report.suggestedBaseUrl && (
        <p aria-label="Corrected base URL">
          Corrected base URL: <code>{report.suggestedBaseUrl}</code>
        </p>
      )}
    </section>
  );
}
