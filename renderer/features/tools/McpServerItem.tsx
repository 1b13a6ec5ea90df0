import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { McpServerView } from '../../../electron/shared/mcp';
import { CauseList } from '../../components/CauseList';
import { useStore } from '../../store/store';
import { ApprovalSelect } from './ApprovalSelect';
import { McpReportView } from './McpReportView';
import { McpServerForm } from './McpServerForm';
import { McpToolList } from './McpToolList';
import { AlertBanner } from '../../components/NoteBanner';

type Act = (run: () => Promise<{ ok: boolean; message?: string }>) => Promise<void>;

function ServerDefaults({ server, act }: { server: McpServerView; act: Act }) {
  const { t } = useTranslation();
  const updateMcpServer = useStore((s) => s.updateMcpServer);
  return (
    <div className="row">
      <label className="inline">
        <input type="checkbox" checked={server.enabled} onChange={(e) => void act(() => updateMcpServer({ id: server.id, enabled: e.target.checked }))} /> {t('mcp.enabled')}
      </label>
      <ApprovalSelect inline value={server.approval} onChange={(approval) => void act(() => updateMcpServer({ id: server.id, approval }))} />
    </div>
  );
}

/** One server: its state and problem, on/off and approval default, Start/Stop/Test/Edit/Remove, its tools. */
export function McpServerItem({ server }: { server: McpServerView }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState<string>();
  const report = useStore((s) => s.mcpReports[server.id]);
  const startMcpServer = useStore((s) => s.startMcpServer);
  const stopMcpServer = useStore((s) => s.stopMcpServer);
  const testMcpServer = useStore((s) => s.testMcpServer);
  const removeMcpServer = useStore((s) => s.removeMcpServer);
  const persistMcpWeakly = useStore((s) => s.persistMcpWeakly);
  const act = async (run: () => Promise<{ ok: boolean; message?: string }>) => {
    setNote(undefined);
    const r = await run();
    if (!r.ok) setNote(r.message);
  };
  const sessionOnly = [...server.secretEnvStatus, ...server.secretHeaderStatus].some((s) => s.sessionOnly);
  if (editing) return <McpServerForm server={server} onDone={() => setEditing(false)} />;
  return (
    <article className={`mcp-server ${server.state}`} aria-label={t('mcp.serverNamed', { name: server.name })}>
      <div className="row">
        <h3>{server.name}</h3>
        <span className={`badge ${server.state}`} role="status">
          {t(`mcp.states.${server.state}`)}
        </span>
        <span className="muted small">{server.type === 'stdio' ? [server.command, ...(server.args ?? [])].join(' ') : server.url}</span>
      </div>
      {server.serverInfo && <p className="muted small">{t('mcp.serverInfo', { name: server.serverInfo.name, version: server.serverInfo.version, protocol: server.serverInfo.protocolVersion ?? '?' })}</p>}
      {server.problem && server.state === 'failed' && !(report && report !== 'running') && (
        <div className="mcp-problem" role="alert">
          <p className="pre-line">{server.problem.message}</p>
          <CauseList ids={server.problem.causes} />
        </div>
      )}
      {server.stdoutNoise?.length && server.state !== 'failed' ? (
        <div className="warn-note">
          <p className="pre-line">{t('mcp.noise', { line: server.stdoutNoise[0] ?? '' })}</p>
          <CauseList ids={['mcp-stdout-not-json']} />
        </div>
      ) : null}
      <ServerDefaults server={server} act={act} />
      <div className="row">
        {server.state === 'running' ? (
          <button type="button" onClick={() => void act(() => stopMcpServer(server.id))}>
            {t('mcp.stop')}
          </button>
        ) : (
          <button type="button" onClick={() => void act(() => startMcpServer(server.id))} disabled={server.state === 'starting'}>
            {t('mcp.start')}
          </button>
        )}
        <button type="button" onClick={() => void act(() => testMcpServer(server.id))} disabled={report === 'running'}>
          {report === 'running' ? t('mcp.testing') : t('mcp.test')}
        </button>
        <button type="button" onClick={() => setEditing(true)}>
          {t('mcp.edit')}
        </button>
        <button type="button" className="danger" onClick={() => window.confirm(t('mcp.confirmRemove', { name: server.name })) && void act(() => removeMcpServer(server.id))}>
          {t('mcp.remove')}
        </button>
        {sessionOnly && (
          <button type="button" onClick={() => void act(() => persistMcpWeakly(server.id))}>
            {t('mcp.keepWeakly')}
          </button>
        )}
      </div>
      {sessionOnly && <p className="muted small">{t('mcp.sessionOnly')}</p>}
      <AlertBanner text={note} />
      {report && report !== 'running' && <McpReportView report={report} />}
      <McpToolList server={server} failed={server.state === 'failed' || (!!report && report !== 'running' && !report.ok)} />
    </article>
  );
}
