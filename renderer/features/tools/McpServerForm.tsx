import { ChoiceSelect } from '../../components/ChoiceSelect';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MCP_TRANSPORTS, type McpServerView } from '../../../electron/shared/mcp';
import { useStore } from '../../store/store';
import { fieldsOf, inputOf, type McpFormFields } from './mcp-form';
import { ApprovalSelect } from './ApprovalSelect';
import { AlertBanner } from '../../components/NoteBanner';

type FieldProps = { fields: McpFormFields; set(change: Partial<McpFormFields>): void };

function StdioFields({ fields, set }: FieldProps) {
  const { t } = useTranslation();
  return (
    <>
      <label>
        {t('mcp.form.command')}
        <input value={fields.command} onChange={(e) => set({ command: e.target.value })} placeholder={t('mcp.form.commandExample')} spellCheck={false} />
      </label>
      <label>
        {t('mcp.form.args')}
        <textarea rows={3} value={fields.args} onChange={(e) => set({ args: e.target.value })} spellCheck={false} />
      </label>
      <label>
        {t('mcp.form.cwd')}
        <input value={fields.cwd} onChange={(e) => set({ cwd: e.target.value })} spellCheck={false} />
      </label>
      <label>
        {t('mcp.form.env')}
        <textarea rows={3} value={fields.env} onChange={(e) => set({ env: e.target.value })} spellCheck={false} autoComplete="off" />
      </label>
      <p className="muted small">{t('mcp.form.envNote')}</p>
    </>
  );
}

function HttpFields({ fields, set }: FieldProps) {
  const { t } = useTranslation();
  return (
    <>
      <label>
        {t('mcp.form.url')}
        <input value={fields.url} onChange={(e) => set({ url: e.target.value })} placeholder="https://mcp.example.com/mcp" spellCheck={false} />
      </label>
      <label>
        {t('mcp.form.headers')}
        <textarea rows={2} value={fields.headers} onChange={(e) => set({ headers: e.target.value })} spellCheck={false} autoComplete="off" />
      </label>
      <p className="muted small">{t('mcp.form.headersNote')}</p>
    </>
  );
}

function StoredSecrets({ secrets, removed, setRemoved }: { secrets: { key: string; name: string; masked?: string }[]; removed: string[]; setRemoved(update: (r: string[]) => string[]): void }) {
  const { t } = useTranslation();
  if (!secrets.length) return null;
  return (
    <fieldset>
      <legend>{t('mcp.form.stored')}</legend>
      {secrets.map((s) => (
        <label key={s.key} className="inline">
          <input type="checkbox" checked={removed.includes(s.key)} onChange={(e) => setRemoved((r) => (e.target.checked ? [...r, s.key] : r.filter((k) => k !== s.key)))} />
          {t('mcp.form.removeSecret', { name: s.name, masked: s.masked ?? '—' })}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Adds or edits a server: a command with arguments and environment (stdio), or a URL with headers.
 * Values of secret-looking variables and of headers go to the vault; stored ones show masked and
 * can be removed or replaced, never read back.
 */
export function McpServerForm({ server, onDone }: { server?: McpServerView; onDone(): void }) {
  const { t } = useTranslation();
  const save = useStore((s) => s.saveMcpServer);
  const [fields, setFields] = useState<McpFormFields>(() => fieldsOf(server));
  const [removed, setRemoved] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  const set = (change: Partial<McpFormFields>) => setFields((f) => ({ ...f, ...change }));
  const stdio = fields.type === 'stdio';
  const secrets = [...(server?.secretEnvStatus ?? []).map((s) => ({ ...s, key: `env:${s.name}` })), ...(server?.secretHeaderStatus ?? []).map((s) => ({ ...s, key: `header:${s.name}` }))];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = inputOf(fields, server, removed);
    if ('error' in input) return setError(t(input.error === 'env' ? 'mcp.form.badEnv' : 'mcp.form.badHeader', { line: input.line }));
    const r = await save(input);
    if (r.ok) onDone();
    else setError(r.message);
  };
  return (
    <form className="mcp-form" onSubmit={submit} aria-label={server ? t('mcp.form.editTitle', { name: server.name }) : t('mcp.form.addTitle')}>
      <label>
        {t('mcp.form.name')}
        <input value={fields.name} onChange={(e) => set({ name: e.target.value })} required maxLength={80} />
      </label>
      <ChoiceSelect label={t('mcp.form.type')} value={fields.type} choices={MCP_TRANSPORTS} choiceText={(type) => t(`mcp.types.${type}`)} onChange={(type) => set({ type })} />
      {stdio ? <StdioFields fields={fields} set={set} /> : <HttpFields fields={fields} set={set} />}
      <StoredSecrets secrets={secrets} removed={removed} setRemoved={setRemoved} />
      <ApprovalSelect value={fields.approval} onChange={(approval) => set({ approval })} />
      <AlertBanner text={error} />
      <div className="row">
        <button type="submit" className="primary">
          {t('common.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
