import { useTranslation } from 'react-i18next';
import { TOOL_APPROVALS, type ToolApproval } from '../../../electron/shared/tools';

/** A server's default for its tools' calls (ask, allow, deny), labelled, as the form and the server row both offer it. */
export function ApprovalSelect({ value, onChange, inline = false }: { value: ToolApproval; onChange(approval: ToolApproval): void; inline?: boolean }) {
  const { t } = useTranslation();
  return (
    <label className={inline ? 'inline' : undefined}>
      {t('mcp.approval')}
      <select value={value} onChange={(e) => onChange(e.target.value as ToolApproval)}>
        {TOOL_APPROVALS.map((a) => (
          <option key={a} value={a}>
            {t(`mcp.approvals.${a}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
