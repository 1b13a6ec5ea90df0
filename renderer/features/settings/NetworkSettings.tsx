import { useEffect, useState, type FormEvent } from 'react';
import type { ProxyMode } from '../../../electron/shared/proxy';
import { useStore } from '../../store/store';

const MODE_LABEL: Record<ProxyMode, string> = { system: 'Use the system proxy settings', none: 'No proxy', custom: 'Use this proxy' };

/**
 * How the app reaches providers: the system's proxy, none, or one given here (http, https or
 * socks5, with a user name and password kept encrypted like keys), plus hosts that go direct.
 */
export function NetworkSettings() {
  const proxy = useStore((s) => s.proxy);
  const loadProxy = useStore((s) => s.loadProxy);
  const saveProxy = useStore((s) => s.saveProxy);
  const [mode, setMode] = useState<ProxyMode>('system');
  const [url, setUrl] = useState('');
  const [bypass, setBypass] = useState('');
  const [note, setNote] = useState<{ tone: 'ok' | 'bad'; text: string }>();
  useEffect(() => void loadProxy(), [loadProxy]);
  useEffect(() => {
    if (!proxy) return;
    setMode(proxy.mode);
    setUrl(proxy.url ?? '');
    setBypass(proxy.bypass);
  }, [proxy]);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const r = await saveProxy({ mode, ...(mode === 'custom' ? { url } : {}), bypass });
    setNote(r.ok ? { tone: 'ok', text: 'Proxy settings saved; new requests use them.' } : { tone: 'bad', text: r.message });
  };
  const system = proxy?.systemMeans === 'os' ? "the operating system's proxy settings" : 'HTTPS_PROXY, HTTP_PROXY and NO_PROXY from the environment';
  return (
    <section className="provider-form" aria-label="Network settings">
      <h2>Network and proxy</h2>
      <form onSubmit={save}>
        <fieldset>
          <legend>Proxy</legend>
          {(Object.keys(MODE_LABEL) as ProxyMode[]).map((m) => (
            <label key={m} className="inline">
              <input type="radio" name="proxy-mode" value={m} checked={mode === m} onChange={() => setMode(m)} /> {MODE_LABEL[m]}
            </label>
          ))}
          <p className="muted small">System means {system}.</p>
        </fieldset>
        {mode === 'custom' && (
          <>
            <label>
              Proxy URL
              <input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="http://user:password@proxy.example:3128" spellCheck={false} autoComplete="off" />
            </label>
            <p className="muted small">
              http://, https:// or socks5://. A user name and password written in the URL are stored encrypted, like keys, and never shown again
              {proxy?.hasCredentials ? ' (credentials are saved for this proxy; write new ones to replace them)' : ''}.
            </p>
          </>
        )}
        <label>
          Bypass list
          <input value={bypass} onChange={(e) => setBypass(e.target.value)} placeholder="localhost, .corp.example, 10.0.0.0/8, <local>" spellCheck={false} />
        </label>
        <p className="muted small">Hosts that go direct, comma-separated. This machine always goes direct.</p>
        <div className="row">
          <button type="submit" className="primary">
            Save proxy settings
          </button>
        </div>
      </form>
      {note && (
        <div role={note.tone === 'bad' ? 'alert' : 'status'} className={`banner ${note.tone}`}>
          {note.text}
        </div>
      )}
    </section>
  );
}
