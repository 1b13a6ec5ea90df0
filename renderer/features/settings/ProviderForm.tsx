import { useEffect, useState, type FormEvent } from 'react';
import type { ProviderView, UrlPreview } from '../../../electron/shared/provider';
import type { DoctorReport } from '../../../electron/shared/doctor';
import type { ModelInfo } from '../../../electron/shared/provider';
import { useApp } from '../../app-context';
import { CauseList } from '../../components/CauseList';
import { KeyField } from './KeyField';
import { TestResult } from './TestResult';
import { formatHeaderLines, parseHeaderLines } from './headers-text';

const PROTOCOLS = ['openai-chat', 'openai-responses', 'anthropic', 'gemini', 'ollama', 'azure'] as const;

/** One provider's settings: base URL (with the final request URL), protocol, model, key. */
export function ProviderForm({ provider }: { provider: ProviderView }) {
  const { api, refreshProviders } = useApp();
  const { preset, config } = provider;
  const [baseUrl, setBaseUrl] = useState(config.baseUrl ?? preset.baseUrl);
  const [model, setModel] = useState(config.model ?? preset.exampleModel ?? '');
  const [protocol, setProtocol] = useState(config.protocol ?? preset.protocol);
  const [models, setModels] = useState<ModelInfo[]>([]);
  const [headersText, setHeadersText] = useState(formatHeaderLines(config.headers));
  const parsedHeaders = parseHeaderLines(headersText);
  const [message, setMessage] = useState<{ tone: 'ok' | 'bad'; text: string; causes?: string[] }>();
  const [preview, setPreview] = useState<UrlPreview>();
  const [report, setReport] = useState<DoctorReport>();
  const [testing, setTesting] = useState(false);

  // The final request URL for the base URL as typed, before saving (debounced).
  useEffect(() => {
    const timer = setTimeout(() => {
      void api.invoke('providers:preview', { providerId: preset.id, baseUrl, protocol }).then((r) => r.ok && setPreview(r.value));
    }, 150);
    return () => clearTimeout(timer);
  }, [api, preset.id, baseUrl, protocol]);

  const test = async () => {
    setTesting(true);
    setReport(undefined);
    const r = await api.invoke('providers:test', { providerId: preset.id });
    setTesting(false);
    if (r.ok) setReport(r.value);
    else setMessage({ tone: 'bad', text: r.error.message });
    await refreshProviders();
  };
  const dirty = baseUrl !== (config.baseUrl ?? preset.baseUrl) || model !== (config.model ?? preset.exampleModel ?? '') || protocol !== (config.protocol ?? preset.protocol);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (parsedHeaders.errors.length) return setMessage({ tone: 'bad', text: parsedHeaders.errors.join('; ') });
    const r = await api.invoke('providers:update', {
      headers: parsedHeaders.headers,
      providerId: preset.id,
      baseUrl: baseUrl === preset.baseUrl ? '' : baseUrl,
      model: model === (preset.exampleModel ?? '') ? '' : model,
      protocol: protocol === preset.protocol ? '' : protocol,
    });
    setMessage(r.ok ? { tone: 'ok', text: 'Saved.' } : { tone: 'bad', text: r.error.message });
    await refreshProviders();
  };

  const loadModels = async () => {
    setMessage(undefined);
    const r = await api.invoke('models:list', { providerId: preset.id, refresh: true });
    if (r.ok) {
      setModels(r.value.models);
      setMessage({ tone: 'ok', text: `${r.value.models.length} models available.` });
    } else setMessage({ tone: 'bad', text: r.error.message, ...(r.error.causes ? { causes: r.error.causes } : {}) });
  };

  return (
    <section className="provider-form" aria-label={`${preset.name} settings`}>
      <h2>{preset.name}</h2>
      <form onSubmit={save}>
        <label>
          Base URL
          <input value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} spellCheck={false} placeholder="https://host/v1" />
        </label>
        <p className="muted small" aria-label="Request URL">
          Chat requests go to: <code>{preview?.chatUrl || provider.effective.chatUrl || '(set a base URL)'}</code>
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
            <button type="button" onClick={() => setBaseUrl(preview.suggestedBaseUrl!)}>
              Use it
            </button>
          </p>
        )}
        <label>
          Protocol
          <select value={protocol} onChange={(e) => setProtocol(e.target.value as typeof protocol)}>
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
          <input value={model} onChange={(e) => setModel(e.target.value)} list={`models-${preset.id}`} spellCheck={false} />
          <datalist id={`models-${preset.id}`}>
            {models.map((m) => (
              <option key={m.id} value={m.id} />
            ))}
          </datalist>
        </label>
        <label>
          Extra headers (one "Name: value" per line)
          <textarea value={headersText} onChange={(e) => setHeadersText(e.target.value)} rows={2} spellCheck={false} placeholder="HTTP-Referer: https://example.com" />
        </label>
        {parsedHeaders.errors.length > 0 && <p className="banner warn">{parsedHeaders.errors.join('; ')}</p>}
        <div className="row">
          <button type="submit" className="primary">
            Save settings
          </button>
          <button type="button" onClick={() => void loadModels()}>
            Load models
          </button>
          <button type="button" onClick={() => void test()} disabled={testing || dirty} title={dirty ? 'Save the settings first' : undefined}>
            {testing ? 'Testing…' : 'Test'}
          </button>
          {provider.lastTest && !report && (
            <span className={`muted small ${provider.lastTest.ok ? '' : 'warn'}`}>Last test: {provider.lastTest.ok ? 'passed' : 'failed'} at {new Date(provider.lastTest.at).toLocaleTimeString()}</span>
          )}
        </div>
      </form>
      {message && (
        <div role={message.tone === 'bad' ? 'alert' : 'status'} className={`banner ${message.tone}`}>
          {message.text}
          {message.causes && <CauseList ids={message.causes} providerId={preset.id} model={provider.effective.model} />}
        </div>
      )}
      {provider.staticCauses.length > 0 && (
        <section aria-label="Configuration problems" className="explain">
          <h3>Problems found before any request</h3>
          <CauseList ids={provider.staticCauses} providerId={preset.id} model={provider.effective.model} />
        </section>
      )}
      {report && <TestResult report={report} />}
      <KeyField provider={provider} />
    </section>
  );
}
