import { useEffect, useState, type ChangeEvent } from 'react';
import { downloadText } from '../../components/download';
import { formatBytes } from '../inspector/exchange-view';
import { useStore } from '../../store/store';

/** The history: daily snapshots (the last seven) with restore, a snapshot now, export and import of everything. */
export function HistorySettings() {
  const backups = useStore((s) => s.backups);
  const loadBackups = useStore((s) => s.loadBackups);
  const backupNow = useStore((s) => s.backupNow);
  const restoreBackup = useStore((s) => s.restoreBackup);
  const exportConversation = useStore((s) => s.exportConversation);
  const importHistory = useStore((s) => s.importHistory);
  const [note, setNote] = useState<{ tone: 'ok' | 'bad'; text: string }>();
  useEffect(() => void loadBackups(), [loadBackups]);
  const say = (r: { ok: boolean; message?: string }, ok: string) => setNote(r.ok ? { tone: 'ok', text: ok } : { tone: 'bad', text: r.message ?? 'Failed.' });
  const restore = async (file: string, at: number) => {
    if (!window.confirm(`Replace the history with the backup from ${new Date(at).toLocaleString()}? The current history is kept beside it, not deleted.`)) return;
    say(await restoreBackup(file), 'Restored. The history as it was is kept beside the backup.');
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
    say(r, `Imported ${r.imported ?? 0} conversation(s).`);
    event.target.value = '';
  };
  return (
    <section className="provider-form" aria-label="History settings">
      <h2>History</h2>
      <p className="muted">Conversations are kept in a database in the data folder. A snapshot is taken each day; the last seven are kept.</p>
      <div className="row">
        <button type="button" onClick={() => void backupNow().then((r) => say(r, 'Backup taken.'))}>
          Back up now
        </button>
        <button type="button" onClick={() => void exportAll()}>
          Export all conversations (JSON)
        </button>
        <label className="button-like">
          Import conversations…
          <input type="file" accept=".json,application/json" className="visually-hidden" onChange={(e) => void importFile(e)} />
        </label>
      </div>
      {note && (
        <div role={note.tone === 'bad' ? 'alert' : 'status'} className={`banner ${note.tone}`}>
          {note.text}
        </div>
      )}
      <ul className="backups" aria-label="Backups">
        {backups.map((b) => (
          <li key={b.file}>
            {new Date(b.at).toLocaleString()} · {formatBytes(b.bytes)}{' '}
            <button type="button" onClick={() => void restore(b.file, b.at)} aria-label={`Restore the backup from ${new Date(b.at).toLocaleString()}`}>
              Restore
            </button>
          </li>
        ))}
        {backups.length === 0 && <li className="muted">No backups yet.</li>}
      </ul>
    </section>
  );
}
