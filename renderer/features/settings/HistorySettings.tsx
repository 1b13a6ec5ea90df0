import { useEffect, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../components/download';
import { formatBytes } from '../inspector/exchange-view';
import { useStore } from '../../store/store';
import { NoteBanner, type Note } from '../../components/NoteBanner';

/** The history: daily snapshots (the last seven) with restore, a snapshot now, export and import of everything. */
export function HistorySettings() {
  const { t } = useTranslation();
  const backups = useStore((s) => s.backups);
  const loadBackups = useStore((s) => s.loadBackups);
  const backupNow = useStore((s) => s.backupNow);
  const restoreBackup = useStore((s) => s.restoreBackup);
  const exportConversation = useStore((s) => s.exportConversation);
  const importHistory = useStore((s) => s.importHistory);
  const [note, setNote] = useState<Note>();
  useEffect(() => void loadBackups(), [loadBackups]);
  const say = (r: { ok: boolean; message?: string }, ok: string) => setNote(r.ok ? { tone: 'ok', text: ok } : { tone: 'bad', text: r.message ?? t('common.failed') });
  const restore = async (file: string, at: number) => {
    if (!window.confirm(t('history.confirmRestore', { time: new Date(at).toLocaleString() }))) return;
    say(await restoreBackup(file), t('history.restored'));
  };
  const exportAll = async () => {
    const r = await exportConversation(undefined, 'json');
    if ('text' in r) downloadText(r.filename, r.text);
    else setNote({ tone: 'bad', text: r.error });
  };
  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const r = await importHistory(await file.text());
    say(r, t('history.imported', { count: r.imported ?? 0 }));
    event.target.value = '';
  };
  return (
    <section className="provider-form" aria-label={t('history.section')}>
      <h2>{t('history.title')}</h2>
      <p className="muted">{t('history.intro')}</p>
      <div className="row">
        <button type="button" onClick={() => void backupNow().then((r) => say(r, t('history.backedUp')))}>
          {t('history.backupNow')}
        </button>
        <button type="button" onClick={() => void exportAll()}>
          {t('history.exportAll')}
        </button>
        <label className="button-like">
          {t('history.import')}
          <input type="file" accept=".json,application/json" className="visually-hidden" onChange={(e) => void importFile(e)} />
        </label>
      </div>
      <NoteBanner note={note} />
      <ul className="backups" aria-label={t('history.backups')}>
        {backups.map((b) => (
          <li key={b.file}>
            {new Date(b.at).toLocaleString()} · {formatBytes(b.bytes)}{' '}
            <button type="button" onClick={() => void restore(b.file, b.at)} aria-label={t('history.restoreLabel', { time: new Date(b.at).toLocaleString() })}>
              {t('history.restore')}
            </button>
          </li>
        ))}
        {backups.length === 0 && <li className="muted">{t('history.none')}</li>}
      </ul>
    </section>
  );
}
