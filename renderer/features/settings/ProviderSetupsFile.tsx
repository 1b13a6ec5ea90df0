import { useState, type ChangeEvent } from 'react';
import { downloadText } from '../../components/download';
import { useStore } from '../../store/store';

/** Export and import of provider setups: names, hosts, protocols, models, header names; never keys. */
export function ProviderSetupsFile() {
  const exportProviders = useStore((s) => s.exportProviders);
  const importProviders = useStore((s) => s.importProviders);
  const [note, setNote] = useState<{ tone: 'ok' | 'bad'; text: string }>();
  const exportAll = async () => {
    const r = await exportProviders();
    if ('text' in r) downloadText(r.filename, r.text);
    else setNote({ tone: 'bad', text: r.error });
  };
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const r = await importProviders(await file.text());
    setNote(r.ok ? { tone: 'ok', text: `Added ${r.added ?? 0} provider(s), updated ${r.updated ?? 0}. Keys are not in the file: enter them in each provider.` } : { tone: 'bad', text: r.message });
    event.target.value = '';
  };
  return (
    <>
      <h3>Share provider setups</h3>
      <p className="muted small">The file holds hosts, protocols, models and header names, never keys or header values.</p>
      <div className="row">
        <button type="button" onClick={() => void exportAll()}>
          Export provider setups
        </button>
        <label className="button-like">
          Import provider setups…
          <input type="file" accept=".json,application/json" className="visually-hidden" onChange={(e) => void importFile(e)} />
        </label>
      </div>
      {note && (
        <div role={note.tone === 'bad' ? 'alert' : 'status'} className={`banner ${note.tone}`}>
          {note.text}
        </div>
      )}
    </>
  );
}
