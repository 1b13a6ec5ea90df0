import { useTranslation } from 'react-i18next';
import type { McpServerReport } from '../../../electron/shared/mcp';
import { CauseList } from '../../components/CauseList';

/** The MCP doctor's report on one server: each check in order, then the causes with their fixes. */
export function McpReportView({ report }: { report: McpServerReport }) {
  const { t } = useTranslation();
  return (
    <section className={`test-result ${report.ok ? 'ok' : 'bad'}`} aria-label={t('mcp.report', { name: report.name })}>
      <h3>{report.ok ? t('mcp.works') : t('mcp.broken')}</h3>
      <ul className="checks">
        {report.checks.map((c) => (
          <li key={c.id} className={`check ${c.status}`}>
            <span className="check-status">{t(`provider.check.${c.status}`)}</span> <span className="pre-line">{c.message}</span>
          </li>
        ))}
      </ul>
      <CauseList ids={report.causes} />
    </section>
  );
}
