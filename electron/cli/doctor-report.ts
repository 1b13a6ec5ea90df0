import { causeInfo } from '../core/diagnose/causes';
import type { DoctorReport } from '../shared/doctor';

const MARK = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', skip: 'SKIP' } as const;

/** The doctor's report for a terminal: one line per check, then each cause with its fix. Pure. */
export function formatDoctorReport(report: DoctorReport): string {
  const lines = [`Doctor: ${report.provider} at ${report.baseUrl || '(no base URL)'}${report.model ? `, model ${report.model}` : ''}`, ''];
  for (const c of report.checks) lines.push(`  ${MARK[c.status]}  ${c.id.padEnd(8)} ${c.message}`);
  if (report.causes.length) {
    lines.push('', 'Likely causes:');
    for (const id of report.causes) {
      const info = causeInfo(id);
      lines.push(`  - ${info.title} [${id}]`, `    ${info.explanation}`, `    Fix: ${info.fix}`);
    }
  }
  if (report.ambiguity) lines.push('', `Note: ${report.ambiguity}`);
  lines.push('', report.ok ? 'All checks passed.' : 'Some checks failed.', '');
  for (const e of report.exchanges) {
    const auth = e.auth.present ? `${e.auth.header}: ${e.auth.empty ? '(empty)' : `${e.auth.masked} (${e.auth.length} chars)`}` : `${e.auth.header}: not sent`;
    lines.push(`  ${e.method} ${e.url} -> ${e.response ? e.response.status : (e.error ?? 'no answer')}  [${auth}]`);
  }
  return `${lines.join('\n')}\n`;
}
