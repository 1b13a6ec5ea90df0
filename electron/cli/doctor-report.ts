import { causeInfo } from '../core/diagnose/causes';
import type { DoctorReport } from '../shared/doctor';
import { cliFix, type CliFixContext } from './cli-fixes';

const MARK = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', skip: 'SKIP' } as const;

/** The verdict line: "All checks passed" only when nothing at all was found. Pure. */
export function verdictLine(report: DoctorReport): string {
  if (!report.ok) return 'Some checks failed.';
  return report.causes.length ? 'The checks passed, with the warnings above.' : 'All checks passed.';
}

/** The doctor's report for a terminal: one line per check, each cause with its fix in CLI terms, the corrected URL. Pure. */
export function formatDoctorReport(report: DoctorReport, ctx: Omit<CliFixContext, 'suggestedBaseUrl' | 'providerId'>): string {
  const fix: CliFixContext = { ...ctx, providerId: report.provider, ...(report.suggestedBaseUrl ? { suggestedBaseUrl: report.suggestedBaseUrl } : {}) };
  const lines = [`Doctor: ${report.provider} at ${report.baseUrl || '(no base URL)'}${report.model ? `, model ${report.model}` : ''}`, ''];
  for (const c of report.checks) lines.push(`  ${MARK[c.status]}  ${c.id.padEnd(8)} ${c.message}`);
  if (report.causes.length) {
    lines.push('', 'Likely causes:');
    for (const id of report.causes) {
      const info = causeInfo(id);
      lines.push(`  - ${info.title} [${id}]`, `    ${info.explanation}`, `    Fix: ${cliFix(id, fix)}`);
    }
  }
  if (report.suggestedBaseUrl) lines.push('', `Corrected base URL: ${report.suggestedBaseUrl}`);
  if (report.ambiguity) lines.push('', `Note: ${report.ambiguity}`);
  lines.push('', verdictLine(report), '');
  for (const e of report.exchanges) {
    const auth = e.auth.present ? `${e.auth.header}: ${e.auth.empty ? '(empty)' : `${e.auth.masked} (${e.auth.length} chars)`}` : `${e.auth.header}: not sent`;
    lines.push(`  ${e.method} ${e.url} -> ${e.response ? e.response.status : (e.error ?? 'no answer')}  [${auth}]${e.proxy ? `  via ${e.proxy}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
