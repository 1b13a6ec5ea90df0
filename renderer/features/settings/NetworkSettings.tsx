import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PROXY_MODES, type ProxyMode } from '../../../electron/shared/proxy';
import { useStore } from '../../store/store';
import { NoteBanner, type Note } from '../../components/NoteBanner';

/**
 * How the app reaches providers: the system's proxy, none, or one given here (http, https or
 * socks5, with a user name and password kept encrypted like keys), plus hosts that go direct.
 */
export function NetworkSettings() {
  const { t } = useTranslation();
  const proxy = useStore((s) => s.proxy);
  const loadProxy = useStore((s) => s.loadProxy);
  const saveProxy = useStore((s) => s.saveProxy);
  const [mode, setMode] = useState<ProxyMode>('system');
  const [url, setUrl] = useState('');
  const [bypass, setBypass] = useState('');
  const [note, setNote] = useState<Note>();
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
    setNote(r.ok ? { tone: 'ok', text: t('network.saved') } : { tone: 'bad', text: r.message });
  };
  return (
    <section className="provider-form" aria-label={t('network.section')}>
      <h2>{t('network.title')}</h2>
      <form onSubmit={save}>
        <fieldset>
          <legend>{t('network.proxy')}</legend>
          {PROXY_MODES.map((m) => (
            <label key={m} className="inline">
              <input type="radio" name="proxy-mode" value={m} checked={mode === m} onChange={() => setMode(m)} /> {t(`network.modes.${m}`)}
            </label>
          ))}
          <p className="muted small">{proxy?.systemMeans === 'os' ? t('network.systemOs') : t('network.systemEnv')}</p>
        </fieldset>
        {mode === 'custom' && (
          <>
            <label>
              {t('network.url')}
              <input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="http://user:password@proxy.example:3128" spellCheck={false} autoComplete="off" />
            </label>
            <p className="muted small">
              {t('network.urlNote')} {proxy?.hasCredentials ? t('network.hasCredentials') : ''}
            </p>
          </>
        )}
        <label>
          {t('network.bypass')}
          <input value={bypass} onChange={(e) => setBypass(e.target.value)} placeholder={t('network.bypassExample')} spellCheck={false} />
        </label>
        <p className="muted small">{t('network.bypassNote')}</p>
        <div className="row">
          <button type="submit" className="primary">
            {t('network.save')}
          </button>
        </div>
      </form>
      <NoteBanner note={note} />
    </section>
  );
}
