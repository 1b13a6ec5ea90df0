import { useEffect, useState, type FormEvent } from 'react';
import type { ProviderView, UrlPreview } from '../../../electron/shared/provider';
import { PROTOCOLS, type Protocol } from '../../../electron/shared/protocols';
import { CauseList } from '../../components/CauseList';
import { useStore } from '../../store/store';
import { KeyField } from './KeyField';
import { TestResult } from './TestResult';
import { parseHeaderLines } from './headers-text';
import { HeadersField } from './HeadersField';
import { TimeoutFields } from './TimeoutFields';
import { ProviderActions } from './ProviderActions';
import { RegionSelect } from './RegionSelect';
import { RemoveProvider } from './RemoveProvider';

const NO_MODELS: string[] = [];

function UrlPreviewLines({ preview, fallback, onUse }: { preview: UrlPreview | undefined; fallback: string; onUse(url: string): void }) {
  return (
    <>
      <p className="muted small" aria-label="Request URL">
        Chat requests go to: <code>{preview?.chatUrl || fallback || '(set a base URL)'}</code>
        {preview?.modelsUrl && (
          <>
            <br />
            Model list: <code>{preview.modelsUrl}</code>
          </>
        )}
      </p>
      {preview?.suggestedBaseUrl && (
        <p className="banner warn">
          Did you mean <code>{preview.suggestedBaseUrl}</code>?{' '}
          <button type="button" onClick={() => onUse(preview.suggestedBaseUrl!)}>
            Use it
          </button>
        </p>
      )}
    </>
  );
}

function Findings({ provider }: { provider: ProviderView }) {
  const report = useStore((s) => s.testReports[provider.preset.id]);
  return (
    <>
      {provider.staticCauses.length > 0 && (
        <section aria-label="Configuration problems" className="explain">
          <h3>Problems found before any request</h3>
          <CauseList ids={provider.staticCauses} providerId={provider.preset.id} model={provider.effective.model} />
        </section>
      )}
      {report && report !== 'running' && <TestResult report={report} />}
    </>
  );
}

/** The protocol a provider speaks and its default model (with the host's list when loaded). */
function ProtocolAndModel(props: { provider: ProviderView; protocol: Protocol; onProtocol(p: Protocol): void; model: string; onModel(m: string): void; models: readonly string[] }) {
  const { provider, protocol, model, models } = props;
  const id = provider.preset.id;
  return (
    <>
      <label>
        Protocol
        <select value={protocol} onChange={(e) => props.onProtocol(e.target.value as Protocol)}>
          {PROTOCOLS.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </label>
      {!provider.supported && <p className="banner warn">This version of Switchboard does not speak the {provider.effective.protocol} protocol yet.</p>}
      <label>
        Default model
        <input value={model} onChange={(e) => props.onModel(e.target.value)} list={`models-${id}`} spellCheck={false} />
        <datalist id={`models-${id}`}>
          {models.map((m) => (
            <option key={m} value={m} />
          ))}
        </datalist>
      </label>
    </>
  );
}

/** One provider's settings: base URL (with the final request URL), protocol, model, headers, key. */
export function ProviderForm({ provider }: { provider: ProviderView }) {
  const { preset, config } = provider;
  const updateProvider = useStore((s) => s.updateProvider);
  const previewUrls = useStore((s) => s.previewUrls);
  const models = useStore((s) => s.modelChoices[preset.id])?.ids ?? NO_MODELS;
  const [name, setName] = useState(preset.name);
  const [baseUrl, setBaseUrl] = useState(config.baseUrl ?? preset.baseUrl);
  const [model, setModel] = useState(config.model ?? preset.exampleModel ?? '');
  const [protocol, setProtocol] = useState(config.protocol ?? preset.protocol);
  const [headersText, setHeadersText] = useState('');
  const [firstByteS, setFirstByteS] = useState(config.timeouts?.firstByteS?.toString() ?? '');
  const [idleS, setIdleS] = useState(config.timeouts?.idleS?.toString() ?? '');
  const parsedHeaders = parseHeaderLines(headersText);
  const [message, setMessage] = useState<{ tone: 'ok' | 'bad'; text: string; causes?: string[] }>();
  const [preview, setPreview] = useState<UrlPreview>();
  // The final request URL for the base URL as typed, before saving (debounced).
  useEffect(() => {
    const timer = setTimeout(() => void previewUrls(preset.id, baseUrl, protocol).then(setPreview), 150);
    return () => clearTimeout(timer);
  }, [previewUrls, preset.id, baseUrl, protocol]);
  const dirty = name !== preset.name || baseUrl !== (config.baseUrl ?? preset.baseUrl) || model !== (config.model ?? preset.exampleModel ?? '') || protocol !== (config.protocol ?? preset.protocol);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (parsedHeaders.errors.length) return setMessage({ tone: 'bad', text: parsedHeaders.errors.join('; ') });
    const r = await updateProvider({
      ...(Object.keys(parsedHeaders.headers).length ? { headers: parsedHeaders.headers } : {}),
      providerId: preset.id,
      ...(preset.userDefined && name !== preset.name ? { name } : {}),
      baseUrl: baseUrl === preset.baseUrl ? '' : baseUrl,
      model: model === (preset.exampleModel ?? '') ? '' : model,
      protocol: protocol === preset.protocol ? '' : protocol,
      timeouts: firstByteS || idleS ? { ...(firstByteS ? { firstByteS: Number(firstByteS) } : {}), ...(idleS ? { idleS: Number(idleS) } : {}) } : '',
    });
    if (r.ok) setHeadersText('');
    setMessage(r.ok ? { tone: 'ok', text: 'Saved.' } : { tone: 'bad', text: r.message });
  };
  return (
    <section className="provider-form" aria-label={`${preset.name} settings`}>
      <h2>{preset.name}</h2>
      {preset.userDefined && <p className="muted small">Your provider (id {preset.id}; the command line takes --provider {preset.id}).</p>}
      <form onSubmit={save}>
        {preset.userDefined && (
          <label>
            Name
            <input value={name} onChange={(e) => setName(e.target.value)} maxLength={80} required />
          </label>
        )}
        <label>
          Base URL
          <input value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} spellCheck={false} placeholder="https://host/v1" />
        </label>
        <UrlPreviewLines preview={preview} fallback={provider.effective.chatUrl} onUse={setBaseUrl} />
        {preset.regions && <RegionSelect regions={preset.regions} baseUrl={baseUrl} onChange={setBaseUrl} />}
        <ProtocolAndModel provider={provider} protocol={protocol} onProtocol={setProtocol} model={model} onModel={setModel} models={models} />
        <HeadersField provider={provider} draft={headersText} onDraft={setHeadersText} errors={parsedHeaders.errors} />
        <TimeoutFields firstByteS={firstByteS} idleS={idleS} onFirstByte={setFirstByteS} onIdle={setIdleS} />
        <ProviderActions provider={provider} dirty={dirty} onMessage={setMessage} />
      </form>
      {message && (
        <div role={message.tone === 'bad' ? 'alert' : 'status'} className={`banner ${message.tone}`}>
          {message.text}
          {message.causes && <CauseList ids={message.causes} providerId={preset.id} model={provider.effective.model} />}
        </div>
      )}
      <Findings provider={provider} />
      <KeyField provider={provider} />
      {preset.userDefined && <RemoveProvider provider={provider} />}
    </section>
  );
}
