import { useTranslation } from 'react-i18next';
import { TOOL_APPROVALS, type ToolApproval } from '../../../electron/shared/tools';
import { ChoiceSelect } from '../../components/ChoiceSelect';

/** A server's default for its tools' calls (ask, allow, deny), labelled, as the form and the server row both offer it. */
export function ApprovalSelect({ value, onChange, inline = false }: { value: ToolApproval; onChange(approval: ToolApproval): void; inline?: boolean }) {
  const { t } = useTranslation();
  return <ChoiceSelect label={t('mcp.approval')} className={inline ? 'inline' : undefined} value={value} choices={TOOL_APPROVALS} choiceText={(a) => t(`mcp.approvals.${a}`)} onChange={onChange} />;
}
