import type { ProviderView } from '../../../electron/shared/provider';
import { useStore } from '../../store/store';

/** Save, Load models and Test for one provider, with the time of the last Test. */
export function ProviderActions({ provider, dirty, onMessage }: { provider: ProviderView; dirty: boolean; onMessage(m: { tone: 'ok' | 'bad'; text: string; causes?: string[] }): void }) {
  const id = provider.preset.id;
  const loadModels = useStore((s) => s.loadModels);
  const testProvider = useStore((s) => s.testProvider);
  const report = useStore((s) => s.testReports[id]);
  const testing = report === 'running';
  const load = async () => {
    const choice = await loadModels(id, true);
    onMessage(choice.note && !choice.ids.length ? { tone: 'bad', text: choice.note } : { tone: 'ok', text: `${choice.ids.length} models available.` });
  };
  const test = async () => {
    const r = await testProvider(id);
    if (!r.ok) onMessage({ tone: 'bad', text: r.message });
  };
  return (
    <div className="row">
      <button type="submit" className="primary">
        Save settings
      </button>
      <button type="button" onClick={() => void load()}>
        Load models
      </button>
      <button type="button" onClick={() => void test()} disabled={testing || dirty} title={dirty ? 'Save the settings first' : undefined}>
        {testing ? 'Testing…' : 'Test'}
      </button>
      {provider.lastTest && !report && (
        <span className={`muted small ${provider.lastTest.ok ? '' : 'warn'}`}>
          Last test: {provider.lastTest.ok ? 'passed' : 'failed'} at {new Date(provider.lastTest.at).toLocaleTimeString()}
        </span>
      )}
    </div>
  );
}
