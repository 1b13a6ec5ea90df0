import { useEffect, useState } from 'react';
import type { Exchange } from '../../../electron/shared/exchange';
import { useApp } from '../../app-context';
import { CauseList } from '../../components/CauseList';
import { describeAuth, formatBytes, formatMs, prettyBody } from './exchange-view';
import { TimingPicture } from './TimingPicture';
import { StreamView } from './StreamView';
import { downloadText, stamp } from '../../components/download';

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

/** One exchange in full: request line, auth row, headers, bodies or stream chunks, causes. */
export function ExchangeDetail({ id }: { id: string }) {
  const { api } = useApp();
  const [exchange, setExchange] = useState<Exchange>();
  const [error, setError] = useState<string>();
  const [curl, setCurl] = useState<{ text?: string; note: string }>();
  const copyCurl = async (withKey: boolean) => {
    if (withKey && !window.confirm('Copy a curl command that contains the real API key? Anyone who sees it can use the key.')) return;
    const r = await api.invoke('netlog:curl', { id, ...(withKey ? { withKey } : {}) });
    if (!r.ok) return setCurl({ note: r.error.message });
    if (r.value.copied) return setCurl({ ...(r.value.curl ? { text: r.value.curl } : {}), note: withKey ? 'Copied to the clipboard, with the key currently configured.' : 'Copied to the clipboard (key redacted).' });
    const text = r.value.curl ?? '';
    const copied = await navigator.clipboard?.writeText(text).then(() => true, () => false);
    setCurl({ text, note: copied ? 'Copied to the clipboard (key redacted).' : 'Select and copy the command below (key redacted).' });
  };
  const exportOne = async () => {
    const r = await api.invoke('netlog:har', { ids: [id] });
    if (r.ok) downloadText(`switchboard-${stamp()}.har`, r.value.har);
  };
  useEffect(() => {
    void api.invoke('netlog:get', { id }).then((r) => (r.ok ? setExchange(r.value) : setError(r.error.message)));
  }, [api, id]);
  if (error)
    return (
      <section className="exchange-detail" aria-label="Exchange detail">
        <p role="alert">{error}</p>
      </section>
    );
  if (!exchange) return <section className="exchange-detail" aria-label="Exchange detail" aria-busy="true" />;
  const auth = describeAuth(exchange.auth);
  const res = exchange.response;
  return (
    <section className="exchange-detail" aria-label="Exchange detail">
      <h2>
        <span className="method">{exchange.method}</span> {exchange.url}
      </h2>
      <dl className="facts">
        <dt>Status</dt>
        <dd>{res ? `${res.status} ${res.statusText}` : (exchange.error ?? exchange.state)}</dd>
        <dt>Time to first byte</dt>
        <dd>{formatMs(exchange.timing.ttfbMs)}</dd>
        <dt>Total</dt>
        <dd>{formatMs(exchange.timing.totalMs)}</dd>
        <dt>Size</dt>
        <dd>{formatBytes(exchange.size)}</dd>
      </dl>
      {exchange.redirectedTo && <p className="muted small">Redirected to {exchange.redirectedTo}</p>}
      <TimingPicture exchange={exchange} />
      <div className="row">
        <button type="button" onClick={() => void copyCurl(false)}>
          Copy as curl
        </button>
        <button type="button" onClick={() => void copyCurl(true)}>
          Copy as curl with the real key…
        </button>
        <button type="button" onClick={() => void exportOne()}>
          Export as HAR
        </button>
      </div>
      {curl && (
        <div role="status" aria-label="Curl">
          <p className="small">{curl.note}</p>
          {curl.text && <textarea className="curl" readOnly value={curl.text} rows={4} aria-label="Curl command" />}
        </div>
      )}
      <div className={`auth-row ${auth.bad ? 'bad' : 'ok'}`} role="status" aria-label="Auth">
        <strong>Auth</strong> {auth.text}
      </div>
      {exchange.error && res && <p className="banner bad">{exchange.error}</p>}
      {!!exchange.causes?.length && (
        <section aria-label="Explain" className="explain">
          <h3>Explain</h3>
          <CauseList ids={exchange.causes} {...(exchange.providerId ? { providerId: exchange.providerId } : {})} {...(modelOf(exchange) ? { model: modelOf(exchange)! } : {})} />
        </section>
      )}
      <h3>Request headers</h3>
      <HeaderTable headers={exchange.request.headers} label="Request headers" />
      {exchange.request.body && (
        <>
          <h3>Request body</h3>
          <pre className="code body">{prettyBody(exchange.request.body)}</pre>
        </>
      )}
      {res && (
        <>
          <h3>Response headers</h3>
          <HeaderTable headers={res.headers} label="Response headers" />
          {res.body !== undefined && (
            <>
              <h3>Response body{res.bodyTruncated ? ' (truncated)' : ''}</h3>
              <pre className="code body" aria-label="Response body">
                {prettyBody(res.body)}
              </pre>
            </>
          )}
          {res.chunks && <StreamView chunks={res.chunks} contentType={res.headers['content-type'] ?? ''} truncated={!!res.bodyTruncated} />}
        </>
      )}
    </section>
  );
}
