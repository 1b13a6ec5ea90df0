import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Exchange } from '../../../electron/shared/exchange';
import { useStore } from '../../store/store';
import { CauseList } from '../../components/CauseList';
import { describeAuth, formatBytes, formatMs, prettyBody } from './exchange-view';
import { TimingPicture } from './TimingPicture';
import { StreamView } from './StreamView';
import { downloadText, stamp } from '../../components/download';
import { keyText } from '../../components/label-text';
import { BundleButton } from '../../components/BundleDialog';
import { CompareActions } from './CompareActions';

function HeaderTable({ headers, label }: { headers: Record<string, string>; label: string }) {
  return (
    <table className="headers" aria-label={label}>
      <tbody>
        {Object.entries(headers).map(([name, value]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// The model a request asked for, from its body (OpenAI-style and Anthropic) or its URL (Gemini).
function modelOf(e: Exchange): string | undefined {
  try {
    const body = e.request.body ? (JSON.parse(e.request.body) as { model?: unknown }) : undefined;
    if (typeof body?.model === 'string') return body.model;
  } catch {
    // not JSON
  }
  return /\/models\/([^/:?]+):/.exec(e.url)?.[1];
}

function DetailActions({ id }: { id: string }) {
  const { t } = useTranslation();
  const copyCurl = useStore((s) => s.copyCurl);
  const exportHar = useStore((s) => s.exportHar);
  const [curl, setCurl] = useState<{ text?: string; note: string }>();
  const copy = async (withKey: boolean) => {
    if (withKey && !window.confirm(t('inspector.confirmKey'))) return;
    const r = await copyCurl(id, withKey);
    if (r.error) return setCurl({ note: r.error });
    if (r.copied) return setCurl({ ...(r.text ? { text: r.text } : {}), note: withKey ? t('inspector.copiedWithKey') : t('inspector.copiedRedacted') });
    const text = r.text ?? '';
    const copied = await navigator.clipboard?.writeText(text).then(() => true, () => false);
    setCurl({ text, note: copied ? t('inspector.copiedRedacted') : t('inspector.selectAndCopy') });
  };
  const exportOne = async () => {
    const har = await exportHar([id]);
    if (har) downloadText(`switchboard-${stamp()}.har`, har);
  };
  return (
    <>
      <div className="row">
        <button type="button" onClick={() => void copy(false)}>
          {t('inspector.copyCurl')}
        </button>
        <button type="button" onClick={() => void copy(true)}>
          {t('inspector.copyCurlKey')}
        </button>
        <button type="button" onClick={() => void exportOne()}>
          {t('inspector.exportOne')}
        </button>
      </div>
      {curl && (
        <div role="status" aria-label={t('inspector.curl')}>
          <p className="small">{curl.note}</p>
          {curl.text && <textarea className="curl" readOnly value={curl.text} rows={4} aria-label={t('inspector.curlCommand')} />}
        </div>
      )}
    </>
  );
}

function Bodies({ exchange }: { exchange: Exchange }) {
  const { t } = useTranslation();
  const res = exchange.response;
  return (
    <>
      <h3>{t('inspector.requestHeaders')}</h3>
      <HeaderTable headers={exchange.request.headers} label={t('inspector.requestHeaders')} />
      {exchange.request.body && (
        <>
          <h3>{t('inspector.requestBody')}</h3>
          <pre className="code body" tabIndex={0} aria-label={t('inspector.requestBody')}>
            {prettyBody(exchange.request.body)}
          </pre>
        </>
      )}
      {res && (
        <>
          <h3>{t('inspector.responseHeaders')}</h3>
          <HeaderTable headers={res.headers} label={t('inspector.responseHeaders')} />
          {res.body !== undefined && (
            <>
              <h3>
                {t('inspector.responseBody')}
                {res.bodyTruncated ? t('inspector.truncated') : ''}
              </h3>
              <pre className="code body" tabIndex={0} aria-label={t('inspector.responseBody')}>
                {prettyBody(res.body)}
              </pre>
            </>
          )}
          {res.chunks && <StreamView chunks={res.chunks} contentType={res.headers['content-type'] ?? ''} truncated={!!res.bodyTruncated} />}
        </>
      )}
    </>
  );
}

/** One exchange in full: request line, auth row, headers, bodies or stream chunks, causes. */
export function ExchangeDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const getExchange = useStore((s) => s.getExchange);
  const [loaded, setLoaded] = useState<{ exchange?: Exchange; error?: string }>();
  useEffect(() => {
    void getExchange(id).then(setLoaded);
  }, [getExchange, id]);
  if (loaded?.error)
    return (
      <section className="exchange-detail" aria-label={t('inspector.detail')}>
        <p role="alert">{loaded.error}</p>
      </section>
    );
  const exchange = loaded?.exchange;
  if (!exchange) return <section className="exchange-detail" aria-label={t('inspector.detail')} aria-busy="true" />;
  const auth = describeAuth(exchange.auth);
  const res = exchange.response;
  const model = modelOf(exchange);
  return (
    <section className="exchange-detail" aria-label={t('inspector.detail')}>
      <h2>
        <span className="method">{exchange.method}</span> {exchange.url}
      </h2>
      <dl className="facts">
        <dt>{t('inspector.facts.status')}</dt>
        <dd>{res ? `${res.status} ${res.statusText}` : (exchange.error ?? exchange.state)}</dd>
        <dt>{t('inspector.facts.purpose')}</dt>
        <dd>{t(`inspector.purpose.${exchange.purpose}`)}</dd>
        <dt>{t('inspector.facts.started')}</dt>
        <dd>{new Date(exchange.startedAt).toLocaleString()}</dd>
        <dt>{t('inspector.facts.ttfb')}</dt>
        <dd>{formatMs(exchange.timing.ttfbMs)}</dd>
        <dt>{t('inspector.facts.total')}</dt>
        <dd>{formatMs(exchange.timing.totalMs)}</dd>
        <dt>{t('inspector.facts.size')}</dt>
        <dd>{formatBytes(exchange.size)}</dd>
      </dl>
      {exchange.redirectedTo && <p className="muted small">{t('inspector.redirectedTo', { url: exchange.redirectedTo })}</p>}
      {exchange.proxy && (
        <p className="muted small" aria-label={t('inspector.proxy')}>
          {t('inspector.throughProxy', { proxy: exchange.proxy })}
        </p>
      )}
      <TimingPicture exchange={exchange} />
      <DetailActions id={id} />
      <CompareActions id={id} />
      <div className="row">
        <BundleButton {...(exchange.providerId ? { providerId: exchange.providerId } : {})} exchangeIds={[id]} />
      </div>
      <div className={`auth-row ${auth.bad ? 'bad' : 'ok'}`} role="status" aria-label={t('inspector.auth')}>
        <strong>{t('inspector.auth')}</strong> {keyText(t, auth.key, auth.values)}
      </div>
      {exchange.error && res && <p className="banner bad">{exchange.error}</p>}
      {!!exchange.causes?.length && (
        <section aria-label={t('inspector.explain')} className="explain">
          <h3>{t('inspector.explain')}</h3>
          <CauseList ids={exchange.causes} {...(exchange.providerId ? { providerId: exchange.providerId } : {})} {...(model ? { model } : {})} />
        </section>
      )}
      <Bodies exchange={exchange} />
    </section>
  );
}
