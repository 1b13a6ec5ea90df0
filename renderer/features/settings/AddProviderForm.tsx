import { ChoiceSelect } from '../../components/ChoiceSelect';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PROTOCOLS, type Protocol } from '../../../electron/shared/protocols';
import { useApp } from '../../app-context';
import { useStore } from '../../store/store';
import { ProviderSetupsFile } from './ProviderSetupsFile';
import { AlertBanner } from '../../components/NoteBanner';

/**
 * Defines a provider of any protocol: a second OpenAI-compatible gateway, another Azure resource,
 * a work and a personal account. Its key, headers, model and timeouts are then set like a preset's.
 */
export function AddProviderForm() {
  const { t } = useTranslation();
  const { navigate } = useApp();
  const addProvider = useStore((s) => s.addProvider);
  const [name, setName] = useState('');
  const [protocol, setProtocol] = useState<Protocol>('openai-chat');
  const [baseUrl, setBaseUrl] = useState('');
  const [error, setError] = useState<string>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const r = await addProvider({ name, protocol, baseUrl });
    if (r.ok && r.id) navigate({ view: 'settings', param: r.id });
    else setError(r.ok ? t('addProvider.notOpened') : r.message);
  };
  return (
    <section className="provider-form" aria-label={t('addProvider.title')}>
      <h2>{t('addProvider.title')}</h2>
      <p className="muted">{t('addProvider.intro')}</p>
      <form onSubmit={submit}>
        <label>
          {t('addProvider.name')}
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder={t('addProvider.namePlaceholder')} required maxLength={80} />
        </label>
        <ChoiceSelect label={t('provider.protocol')} value={protocol} choices={PROTOCOLS} onChange={(p) => setProtocol(p)} />
        <label>
          {t('provider.baseUrl')}
          <input value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} placeholder="https://gateway.example.com/v1" spellCheck={false} />
        </label>
        <div className="row">
          <button type="submit" disabled={!name.trim()}>
            {t('addProvider.add')}
          </button>
        </div>
      </form>
      <AlertBanner text={error} />
      <ProviderSetupsFile />
    </section>
  );
}
