import { useTranslation } from 'react-i18next';
import type { McpServerView } from '../../../electron/shared/mcp';
import { useStore } from '../../store/store';

/** A server's tools: each offered to the model or not, always allowed or asked about. */
export function McpToolList({ server, failed }: { server: McpServerView; failed: boolean }) {
  const { t } = useTranslation();
  const setMcpTool = useStore((s) => s.setMcpTool);
  if (!server.tools.length) return failed ? null : <p className="muted small">{server.state === 'running' ? t('mcp.noTools') : t('mcp.startForTools')}</p>;
  return (
    <table className="mcp-tools" aria-label={t('mcp.toolsOf', { name: server.name })}>
      <thead>
        <tr>
          <th>{t('mcp.tool')}</th>
          <th>{t('mcp.offer')}</th>
          <th>{t('mcp.alwaysAllow')}</th>
        </tr>
      </thead>
      <tbody>
        {server.tools.map((tool) => (
          <tr key={tool.name}>
            <td>
              <code>{tool.name}</code>
              {tool.description && <div className="muted small">{tool.description}</div>}
            </td>
            <td>
              <input type="checkbox" aria-label={t('mcp.offerTool', { tool: tool.name })} checked={tool.enabled} onChange={(e) => void setMcpTool({ id: server.id, tool: tool.name, enabled: e.target.checked })} />
            </td>
            <td>
              <input type="checkbox" aria-label={t('mcp.alwaysAllowTool', { tool: tool.name })} checked={tool.alwaysAllowed} onChange={(e) => void setMcpTool({ id: server.id, tool: tool.name, alwaysAllowed: e.target.checked })} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
