import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { McpLogEntry } from '../../../electron/shared/mcp';
import { useApp } from '../../app-context';
import { useStore } from '../../store/store';
import { entryForCall, filterMcpLog, logServers, prettyMessage, type McpLogFilter } from './mcp-log-view';

const ARROW: Record<McpLogEntry['kind'], string> = { send: '→', receive: '←', stderr: '⚠', 'stdout-noise': '⚠', lifecycle: '•', error: '✗' };

function EntryDetail({ entry }: { entry: McpLogEntry }) {
  const { t, i18n } = useTranslation();
  const { navigate } = useApp();
  const openConversation = useStore((s) => s.openConversation);
  const setFocusMessage = useStore((s) => s.setFocusMessage);
  const goToMessage = async (link: NonNullable<McpLogEntry['link']>) => {
    await openConversation(link.conversationId);
    setFocusMessage({ conversationId: link.conversationId, messageId: link.messageId });
    navigate({ view: 'chat' });
  };
  return (
    <section className="exchange-detail" aria-label={t('inspector.mcpDetail')}>
      <h2>
        {entry.server} {ARROW[entry.kind]} {entry.method ?? t(`inspector.mcpKinds.${entry.kind}`)}
        {entry.rpcId !== undefined && <span className="muted"> #{entry.rpcId}</span>}
      </h2>
      <p className="muted small">
        {new Date(entry.at).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false })}
        {entry.durationMs !== undefined && ` · ${t('inspector.mcpAfter', { ms: Math.round(entry.durationMs) })}`}
        {entry.truncated && ` · ${t('inspector.mcpTruncated')}`}
      </p>
      {entry.link && (
        <button type="button" onClick={() => void goToMessage(entry.link!)}>
          {t('inspector.goToMessage')}
        </button>
      )}
      <pre className="code" aria-label={t('inspector.mcpMessage')} tabIndex={0}>
        <code>{prettyMessage(entry.text)}</code>
      </pre>
    </section>
  );
}

/**
 * The MCP side of the Network tab: every JSON-RPC message with each server (both ways, with the
 * time a response took), their stderr and lifecycle, filterable; a tool call links to its message.
 */
export function McpLogView({ param }: { param: string }) {
  const { t, i18n } = useTranslation();
  const { navigate } = useApp();
  const entries = useStore((s) => s.mcpLog);
  const loadMcpLog = useStore((s) => s.loadMcpLog);
  const clearMcpLog = useStore((s) => s.clearMcpLog);
  const [filter, setFilter] = useState<McpLogFilter>({ server: '', text: '' });
  useEffect(() => void loadMcpLog(), [loadMcpLog]);
  const shown = useMemo(() => filterMcpLog(entries, filter), [entries, filter]);
  const call = /^mcp-call:([^:]+):(.+)$/.exec(param);
  const selected = call ? entryForCall(entries, call[1]!, call[2]!) : entries.find((e) => `mcp:${e.id}` === param);
  return (
    <div className="inspector-body">
      <div className="exchange-list mcp-log">
        <div className="toolbar" role="search">
          <label>
            {t('inspector.filter')}
            <input type="search" value={filter.text} onChange={(e) => setFilter({ ...filter, text: e.target.value })} placeholder={t('inspector.mcpFilterPlaceholder')} />
          </label>
          <label>
            {t('inspector.mcpServer')}
            <select value={filter.server} onChange={(e) => setFilter({ ...filter, server: e.target.value })}>
              <option value="">{t('common.all')}</option>
              {logServers(entries).map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => void clearMcpLog()}>
            {t('inspector.clear')}
          </button>
          <span className="muted">{t('inspector.shown', { shown: shown.length, total: entries.length })}</span>
        </div>
        <div className="exchange-header mcp-row" aria-hidden="true">
          {(['when', 'server', 'direction', 'method', 'id', 'time', 'note'] as const).map((c) => (
            <span key={c}>{t(`inspector.mcpColumns.${c}`)}</span>
          ))}
        </div>
        <ul aria-label={t('inspector.mcpMessages')}>
          {shown.map((e) => (
            <li key={e.id}>
              <button type="button" className={`exchange-row mcp-row ${e.kind} ${e.isError ? 'failed' : ''} ${e.id === selected?.id ? 'selected' : ''}`} aria-current={e.id === selected?.id ? 'true' : undefined} onClick={() => navigate({ view: 'network', param: `mcp:${e.id}` })}>
                <span className="muted">{new Date(e.at).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false })}</span>
                <span>{e.server}</span>
                <span title={t(`inspector.mcpKinds.${e.kind}`)}>{ARROW[e.kind]}</span>
                <span className="path">{e.method ?? t(`inspector.mcpKinds.${e.kind}`)}</span>
                <span className="muted">{e.rpcId !== undefined ? `#${e.rpcId}` : ''}</span>
                <span>{e.durationMs !== undefined ? `${Math.round(e.durationMs)} ms` : ''}</span>
                <span className="muted ellipsis">{e.kind === 'send' || e.kind === 'receive' ? '' : e.text}</span>
              </button>
            </li>
          ))}
        </ul>
        {entries.length === 0 && <p className="empty">{t('inspector.mcpEmpty')}</p>}
      </div>
      {selected && <EntryDetail entry={selected} />}
    </div>
  );
}
