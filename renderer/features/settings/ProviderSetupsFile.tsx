import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../components/download';
import { useStore } from '../../store/store';
import { NoteBanner, type Note } from '../../components/NoteBanner';

/** Export and import of provider setups: names, hosts, protocols, models, header names; never keys. */
export function ProviderSetupsFile() {
  const { t } = useTranslation();
  const exportProviders = useStore((s) => s.exportProviders);
  const importProviders = useStore((s) => s.importProviders);
  const [note, setNote] = useState<Note>();
  const exportAll = async () => {
    const r = await exportProviders();
    if ('text' in r) downloadText(r.filename, r.text);
    else setNote({ tone: 'bad', text: r.error });
  };
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const r = await importProviders(await file.text());
    setNote(r.ok ? { tone: 'ok', text: t('addProvider.imported', { added: r.added ?? 0, updated: r.updated ?? 0 }) } : { tone: 'bad', text: r.message });
    event.target.value = '';
  };
  return (
    <>
      <h3>{t('addProvider.share')}</h3>
      <p className="muted small">{t('addProvider.shareNote')}</p>
      <div className="row">
        <button type="button" onClick={() => void exportAll()}>
          {t('addProvider.export')}
        </button>
        <label className="button-like">
          {t('addProvider.import')}
          <input type="file" accept=".json,application/json" className="visually-hidden" onChange={(e) => void importFile(e)} />
        </label>
      </div>
      <NoteBanner note={note} />
    </>
  );
}
