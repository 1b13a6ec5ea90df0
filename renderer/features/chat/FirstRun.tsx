import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../app-context';
import type { ProviderView } from '../../../electron/shared/provider';
import { ProviderOptions } from '../../components/ProviderOptions';
import { TestResult } from '../settings/TestResult';
import { useStore } from '../../store/store';
import { AlertBanner } from '../../components/NoteBanner';

/** The key step: a field, or why none is needed (the provider needs none, or its variable is set). */
function KeyStep({ provider, value, onChange }: { provider: ProviderView | undefined; value: string; onChange(v: string): void }) {
  const { t } = useTranslation();
  if (provider?.preset.auth.requirement === 'none') return <p className="muted">{t('firstRun.noKeyNeeded')}</p>;
  if (provider?.key.source === 'env' && provider.key.envVar) return <p className="muted">{t('firstRun.keyFromEnv', { variable: provider.key.envVar })}</p>;
  return (
    <label>
      {t('firstRun.key')}
      <input type="password" autoComplete="off" spellCheck={false} value={value} onChange={(e) => onChange(e.target.value)} placeholder={t('key.paste')} />
    </label>
  );
}

/**
 * The empty state of a fresh install: pick a provider, paste a key, Test, and the first chat
 * opens on that provider. Base URLs and the rest stay in Settings.
 */
export function FirstRun({ onStarted }: { onStarted(): void }) {
  const { t } = useTranslation();
  const { navigate } = useApp();
  const providers = useStore((s) => s.providers);
  const setKey = useStore((s) => s.setKey);
  const testProvider = useStore((s) => s.testProvider);
  const newConversation = useStore((s) => s.newConversation);
  const changeConversation = useStore((s) => s.changeConversation);
  const focusComposer = useStore((s) => s.focusComposer);
  const [providerId, setProviderId] = useState('openai');
  const [key, setKeyDraft] = useState('');
  const [error, setError] = useState<string>();
  const provider = providers.find((p) => p.preset.id === providerId);
  const report = useStore((s) => s.testReports[providerId]);
  const needsKey = provider?.preset.auth.requirement === 'required' && provider.key.source === 'none';
  const test = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    if (key) {
      const saved = await setKey(providerId, key);
      if (!saved.ok) return setError(saved.message);
      setKeyDraft('');
    }
    const r = await testProvider(providerId);
    if (!r.ok) setError(r.message);
  };
  const start = async () => {
    await newConversation();
    await changeConversation({ providerId, ...(provider ? { model: provider.effective.model } : {}) });
    onStarted();
    focusComposer();
  };
  return (
    <section className="first-run" aria-label={t('firstRun.title')}>
      <h2>{t('firstRun.title')}</h2>
      <p>{t('firstRun.intro')}</p>
      <form onSubmit={test}>
        <h3>{t('firstRun.step1')}</h3>
        <label>
          {t('firstRun.provider')}
          <select value={providerId} onChange={(e) => setProviderId(e.target.value)}>
            <ProviderOptions providers={providers} />
          </select>
        </label>
        <h3>{t('firstRun.step2')}</h3>
        <KeyStep provider={provider} value={key} onChange={setKeyDraft} />
        <h3>{t('firstRun.step3')}</h3>
        <div className="row">
          <button type="submit" className="primary" disabled={report === 'running' || (needsKey && !key)}>
            {report === 'running' ? t('firstRun.testing') : t('firstRun.saveAndTest')}
          </button>
          <button type="button" onClick={() => navigate({ view: 'settings', param: providerId })}>
            {t('firstRun.openSettings')}
          </button>
        </div>
        <p className="muted small">{t('firstRun.otherSettings')}</p>
      </form>
      <AlertBanner text={error} />
      {report && report !== 'running' && (
        <>
          <p role="status" className={report.ok ? 'ok' : 'warn'}>
            {report.ok ? t('firstRun.passed') : t('firstRun.failed')}
          </p>
          <TestResult report={report} />
        </>
      )}
      <button type="button" className="primary" disabled={!report || report === 'running' || !report.ok} onClick={() => void start()}>
        {t('firstRun.start')}
      </button>
    </section>
  );
}
