import { useEffect, useState } from 'react';
import type { Exchange } from '../../../electron/shared/exchange';
import { useStore } from '../../store/store';
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

function DetailActions({ id }: { id: string }) {
  const copyCurl = useStore((s) => s.copyCurl);
  const exportHar = useStore((s) => s.exportHar);
  const [curl, setCurl] = useState<{ text?: string; note: string }>();
  const copy = async (withKey: boolean) => {
    if (withKey && !window.confirm('Copy a curl command that contains the real API key? Anyone who sees it can use the key.')) return;
    const r = await copyCurl(id, withKey);
    if (r.error) return setCurl({ note: r.error });
    if (r.copied) return setCurl({ ...(r.text ? { text: r.text } : {}), note: withKey ? 'Copied to the clipboard, with the key currently configured.' : 'Copied to the clipboard (key redacted).' });
    const text = r.text ?? '';
    const copied = await navigator.clipboard?.writeText(text).then(() => true, () => false);
    setCurl({ text, note: copied ? 'Copied to the clipboard (key redacted).' : 'Select and copy the command below (key redacted).' });
  };
  const exportOne = async () => {
    const har = await exportHar([id]);
    if (har) downloadText(`switchboard-${stamp()}.har`, har);
  };
  return (
    <>
      <div className="row">
        <button type="button" onClick={() => void copy(false)}>
          Copy as curl
        </button>
        <button type="button" onClick={() => void copy(true)}>
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
    </>
  );
}

function Bodies({ exchange }: { exchange: Exchange }) {
  const res = exchange.response;
  return (
    <>
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
    </>
  );
}

/** One exchange in full: request line, auth row, headers, bodies or stream chunks, causes. */
export function ExchangeDetail({ id }: { id: string }) {
  const getExchange = useStore((s) => s.getExchange);
  const [loaded, setLoaded] = useState<{ exchange?: Exchange; error?: string }>();
  useEffect(() => {
    void getExchange(id).then(setLoaded);
  }, [getExchange, id]);
  if (loaded?.error)
    return (
      <section className="exchange-detail" aria-label="Exchange detail">
        <p role="alert">{loaded.error}</p>
      </section>
    );
  const exchange = loaded?.exchange;
  if (!exchange) return <section className="exchange-detail" aria-label="Exchange detail" aria-busy="true" />;
  const auth = describeAuth(exchange.auth);
  const res = exchange.response;
  const model = modelOf(exchange);
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
      {exchange.proxy && (
        <p className="muted small" aria-label="Proxy">
          Through the proxy {exchange.proxy}
        </p>
      )}
      <TimingPicture exchange={exchange} />
      <DetailActions id={id} />
      <div className={`auth-row ${auth.bad ? 'bad' : 'ok'}`} role="status" aria-label="Auth">
        <strong>Auth</strong> {auth.text}
      </div>
      {exchange.error && res && <p className="banner bad">{exchange.error}</p>}
      {!!exchange.causes?.length && (
        <section aria-label="Explain" className="explain">
          <h3>Explain</h3>
          <CauseList ids={exchange.causes} {...(exchange.providerId ? { providerId: exchange.providerId } : {})} {...(model ? { model } : {})} />
        </section>
      )}
      <Bodies exchange={exchange} />
    </section>
  );
}
