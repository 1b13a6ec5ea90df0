import { useTranslation } from 'react-i18next';
import type { ProviderView } from '../../../electron/shared/provider';
import { useStore } from '../../store/store';

/** Save, Load models and Test for one provider; why Test is unavailable is written out, not hidden in a tooltip. */
export function ProviderActions({ provider, dirty, onMessage }: { provider: ProviderView; dirty: boolean; onMessage(m: { tone: 'ok' | 'bad'; text: string; causes?: string[] }): void }) {
  const { t } = useTranslation();
  const id = provider.preset.id;
  const loadModels = useStore((s) => s.loadModels);
  const testProvider = useStore((s) => s.testProvider);
  const report = useStore((s) => s.testReports[id]);
  const testing = report === 'running';
  const load = async () => {
    const choice = await loadModels(id, true);
    if (choice.note?.kind === 'failed') onMessage({ tone: 'bad', text: t('chat.modelsFailed', { message: choice.note.message }) });
    else if (choice.note?.kind === 'empty') onMessage({ tone: 'bad', text: t('chat.noModelsListed') });
    else onMessage({ tone: 'ok', text: t('provider.modelsAvailable', { count: choice.ids.length }) });
  };
  const test = async () => {
    const r = await testProvider(id);
    if (!r.ok) onMessage({ tone: 'bad', text: r.message });
  };
  return (
    <>
      <div className="row">
        <button type="submit" className="primary">
          {t('provider.saveSettings')}
        </button>
        <button type="button" onClick={() => void load()}>
          {t('provider.loadModels')}
        </button>
        <button type="button" onClick={() => void test()} disabled={testing || dirty} aria-describedby={dirty ? `save-first-${id}` : undefined}>
          {testing ? t('provider.testing') : t('provider.test')}
        </button>
        {provider.lastTest && !report && (
          <span className={`muted small ${provider.lastTest.ok ? '' : 'warn'}`}>
            {t('provider.lastTest', { result: provider.lastTest.ok ? t('provider.passed') : t('provider.failed'), time: new Date(provider.lastTest.at).toLocaleTimeString() })}
          </span>
        )}
      </div>
      {dirty && (
        <p id={`save-first-${id}`} className="small warn">
          {t('provider.saveFirst')}
        </p>
      )}
    </>
  );
}
