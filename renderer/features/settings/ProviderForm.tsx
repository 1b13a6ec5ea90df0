import { ChoiceSelect } from '../../components/ChoiceSelect';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
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
import { NoteBanner, type Note } from '../../components/NoteBanner';

const NO_MODELS: string[] = [];

function UrlPreviewLines({ preview, fallback, onUse }: { preview: UrlPreview | undefined; fallback: string; onUse(url: string): void }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="muted small" aria-label={t('provider.requestUrl')}>
        {t('provider.chatGoesTo')} <code>{preview?.chatUrl || fallback || t('provider.setBaseUrl')}</code>
        {preview?.modelsUrl && (
          <>
            <br />
            {t('provider.modelList')} <code>{preview.modelsUrl}</code>
          </>
        )}
      </p>
      {preview?.suggestedBaseUrl && (
        <p className="banner warn">
          {t('provider.didYouMean', { url: preview.suggestedBaseUrl })}{' '}
          <button type="button" onClick={() => onUse(preview.suggestedBaseUrl!)}>
            {t('provider.useIt')}
          </button>
        </p>
      )}
    </>
  );
}

/**
 * What is wrong, each cause once: problems seen before any request (minus the key's own warnings,
 * shown with their fix buttons by the key field, and minus what the last Test already lists), then the Test.
 */
function Findings({ provider }: { provider: ProviderView }) {
  const { t } = useTranslation();
  const report = useStore((s) => s.testReports[provider.preset.id]);
  const shownElsewhere = new Set<string>([...provider.key.warnings.map((w) => w.id), ...(report && report !== 'running' ? report.causes : [])]);
  const before = provider.staticCauses.filter((c) => !shownElsewhere.has(c));
  return (
    <>
      {before.length > 0 && (
        <section aria-label={t('provider.configProblems')} className="explain">
          <h3>{t('provider.problemsBefore')}</h3>
          <CauseList ids={before} providerId={provider.preset.id} model={provider.effective.model} />
        </section>
      )}
      {report && report !== 'running' && <TestResult report={report} />}
    </>
  );
}

/** The protocol a provider speaks and its default model (with the host's list when loaded). */
function ProtocolAndModel(props: { provider: ProviderView; protocol: Protocol; onProtocol(p: Protocol): void; model: string; onModel(m: string): void; models: readonly string[] }) {
  const { t } = useTranslation();
  const { provider, protocol, model, models } = props;
  const id = provider.preset.id;
  return (
    <>
      <ChoiceSelect label={t('provider.protocol')} value={protocol} choices={PROTOCOLS} onChange={props.onProtocol} />
      {!provider.supported && <p className="banner warn">{t('provider.unsupported', { protocol: provider.effective.protocol })}</p>}
      <label>
        {t('provider.defaultModel')}
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

/** The form's fields as typed, whether they differ from what is saved, and how to save them. */
function useProviderDraft(provider: ProviderView, onMessage: (m: Note) => void) {
  const { t } = useTranslation();
  const { preset, config } = provider;
  const updateProvider = useStore((s) => s.updateProvider);
  const saved = { name: preset.name, baseUrl: config.baseUrl ?? preset.baseUrl, model: config.model ?? preset.exampleModel ?? '', protocol: config.protocol ?? preset.protocol, headers: '', firstByteS: config.timeouts?.firstByteS?.toString() ?? '', idleS: config.timeouts?.idleS?.toString() ?? '' };
  const [draft, setDraft] = useState(saved);
  // A fix applied from elsewhere (a cause's button) changes what is saved: the fields follow it.
  useEffect(() => setDraft((d) => ({ ...d, baseUrl: saved.baseUrl, model: saved.model, protocol: saved.protocol })), [saved.baseUrl, saved.model, saved.protocol]);
  const set = <K extends keyof typeof saved>(key: K) => (value: (typeof saved)[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const parsedHeaders = parseHeaderLines(draft.headers);
  const dirty = (Object.keys(saved) as (keyof typeof saved)[]).some((k) => draft[k] !== saved[k]);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (parsedHeaders.errors.length) return onMessage({ tone: 'bad', text: parsedHeaders.errors.map((e) => (e.name ? t('provider.headers.badName', { line: e.line, name: e.name }) : t('provider.headers.invalid', { line: e.line }))).join(' ') });
    const { firstByteS, idleS } = draft;
    const r = await updateProvider({
      ...(Object.keys(parsedHeaders.headers).length ? { headers: parsedHeaders.headers } : {}),
      providerId: preset.id,
      ...(preset.userDefined && draft.name !== preset.name ? { name: draft.name } : {}),
      baseUrl: draft.baseUrl === preset.baseUrl ? '' : draft.baseUrl,
      model: draft.model === (preset.exampleModel ?? '') ? '' : draft.model,
      protocol: draft.protocol === preset.protocol ? '' : draft.protocol,
      timeouts: firstByteS || idleS ? { ...(firstByteS ? { firstByteS: Number(firstByteS) } : {}), ...(idleS ? { idleS: Number(idleS) } : {}) } : '',
    });
    if (r.ok) setDraft((d) => ({ ...d, headers: '' }));
    onMessage(r.ok ? { tone: 'ok', text: t('common.saved') } : { tone: 'bad', text: r.message });
  };
  return { draft, set, parsedHeaders, dirty, save };
}

/** One provider's settings: the key first, then base URL (with the final request URL), protocol, model, headers, timeouts. */
export function ProviderForm({ provider }: { provider: ProviderView }) {
  const { t } = useTranslation();
  const { preset } = provider;
  const previewUrls = useStore((s) => s.previewUrls);
  const setSettingsUnsaved = useStore((s) => s.setSettingsUnsaved);
  const models = useStore((s) => s.modelChoices[preset.id])?.ids ?? NO_MODELS;
  const [message, setMessage] = useState<Note & { causes?: string[] }>();
  const { draft, set, parsedHeaders, dirty, save } = useProviderDraft(provider, setMessage);
  const [preview, setPreview] = useState<UrlPreview>();
  // The final request URL for the base URL as typed, before saving (debounced).
  useEffect(() => {
    const timer = setTimeout(() => void previewUrls(preset.id, draft.baseUrl, draft.protocol).then(setPreview), 150);
    return () => clearTimeout(timer);
  }, [previewUrls, preset.id, draft.baseUrl, draft.protocol]);
  // Leaving with unsaved edits asks first (the settings list and the tabs check this).
  useEffect(() => {
    setSettingsUnsaved(dirty ? preset.name : undefined);
    return () => setSettingsUnsaved(undefined);
  }, [dirty, preset.name, setSettingsUnsaved]);
  return (
    <section className="provider-form" aria-label={t('provider.settings', { name: preset.name })}>
      <h2>{preset.name}</h2>
      {preset.userDefined && <p className="muted small">{t('provider.yours', { id: preset.id })}</p>}
      <KeyField provider={provider} />
      <form onSubmit={save}>
        {preset.userDefined && (
          <label>
            {t('provider.name')}
            <input value={draft.name} onChange={(e) => set('name')(e.target.value)} maxLength={80} required />
          </label>
        )}
        <label>
          {t('provider.baseUrl')}
          <input value={draft.baseUrl} onChange={(e) => set('baseUrl')(e.target.value)} spellCheck={false} placeholder="https://host/v1" />
        </label>
        <UrlPreviewLines preview={preview} fallback={provider.effective.chatUrl} onUse={set('baseUrl')} />
        {preset.regions && <RegionSelect regions={preset.regions} baseUrl={draft.baseUrl} onChange={set('baseUrl')} />}
        <ProtocolAndModel provider={provider} protocol={draft.protocol} onProtocol={set('protocol')} model={draft.model} onModel={set('model')} models={models} />
        <HeadersField provider={provider} draft={draft.headers} onDraft={set('headers')} errors={parsedHeaders.errors} />
        <TimeoutFields firstByteS={draft.firstByteS} idleS={draft.idleS} onFirstByte={set('firstByteS')} onIdle={set('idleS')} />
        <ProviderActions provider={provider} dirty={dirty} onMessage={setMessage} />
      </form>
      <NoteBanner note={message}>
        {message?.causes && <CauseList ids={message.causes} providerId={preset.id} model={provider.effective.model} />}
      </NoteBanner>
      <Findings provider={provider} />
      {preset.userDefined && <RemoveProvider provider={provider} />}
    </section>
  );
}
