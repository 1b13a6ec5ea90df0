import { useEffect, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store/store';
import { McpServerForm } from './McpServerForm';
import { McpServerItem } from './McpServerItem';
import { NoteBanner, type Note } from '../../components/NoteBanner';

function McpImport() {
  const { t } = useTranslation();
  const importMcp = useStore((s) => s.importMcp);
  const [text, setText] = useState('');
  const [note, setNote] = useState<Note>();
  const run = async (json: string) => {
    const r = await importMcp(json);
    if (!r.ok) return setNote({ tone: 'bad', text: r.message });
    const said = t('mcp.imported', { added: r.added?.length ?? 0, replaced: r.replaced?.length ?? 0 });
    setNote({ tone: r.problems?.length ? 'bad' : 'ok', text: r.problems?.length ? `${said} ${t('mcp.importProblems', { problems: r.problems.join('; ') })}` : said });
    if (!r.problems?.length) setText('');
  };
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) await run(await file.text());
  };
  return (
    <details className="mcp-import">
      <summary>{t('mcp.import')}</summary>
      <p className="muted small">{t('mcp.importNote')}</p>
      <label>
        {t('mcp.importFile')}
        <input type="file" accept=".json,application/json" onChange={(e) => void onFile(e)} />
      </label>
      <label>
        {t('mcp.importPaste')}
        <textarea rows={6} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} placeholder={t('mcp.importExample')} />
      </label>
      <button type="button" onClick={() => void run(text)} disabled={!text.trim()}>
        {t('mcp.importButton')}
      </button>
      <NoteBanner note={note} />
    </details>
  );
}

/** Settings for tools: MCP servers (added here or imported from another client), each with its state, tools and approval. */
export function McpSettings() {
  const { t } = useTranslation();
  const servers = useStore((s) => s.mcpServers);
  const loadMcp = useStore((s) => s.loadMcp);
  const [adding, setAdding] = useState(false);
  useEffect(() => void loadMcp(), [loadMcp]);
  return (
    <section className="provider-form mcp-settings" aria-label={t('mcp.section')}>
      <h2>{t('mcp.title')}</h2>
      <p className="muted">{t('mcp.intro')}</p>
      <McpImport />
      {servers.length === 0 && !adding && <p className="empty">{t('mcp.empty')}</p>}
      {servers.map((s) => (
        <McpServerItem key={s.id} server={s} />
      ))}
      {adding ? (
        <McpServerForm onDone={() => setAdding(false)} />
      ) : (
        <button type="button" className="primary" onClick={() => setAdding(true)}>
          {t('mcp.add')}
        </button>
      )}
    </section>
  );
}
