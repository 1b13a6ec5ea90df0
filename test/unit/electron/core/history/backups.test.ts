import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HistoryService } from '../../../../../electron/core/history/history-service';
import { BACKUPS_KEPT, COPY_ON_THREAD_FROM_BYTES, snapshot } from '../../../../../electron/core/history/backups';
import { historyFile } from '../../../../../electron/core/history/open-history';
import { useTempDir } from '../../../../support/temp-dir';

const DAY = 24 * 3600 * 1000;

describe('history backups', () => {
  const dir = useTempDir('sb-backups-');
  it('takes one snapshot a day, keeps the last seven, and restores one (keeping the current file)', async () => {
    let now = Date.UTC(2026, 10, 1);
    const h = new HistoryService(dir(), () => now);
    h.store.create({ id: 'before', title: 'before', createdAt: 1, updatedAt: 1, providerId: 'p', model: 'm' });
    expect(await h.backupIfDue()).toBeDefined();
    expect(await h.backupIfDue()).toBeUndefined();
    for (let i = 1; i <= 9; i++) {
      now += DAY;
      await h.backupIfDue();
    }
    expect(h.backups()).toHaveLength(BACKUPS_KEPT);
    h.store.create({ id: 'after', title: 'after', createdAt: 2, updatedAt: 2, providerId: 'p', model: 'm' });
    const oldest = h.backups().at(-1)!;
    const { keptAs } = h.restore(oldest.file);
    expect(h.store.list().conversations.map((c) => c.id)).toEqual(['before']);
    expect(existsSync(keptAs)).toBe(true);
    h.close();
  });
  it('copies a large history on a thread of its own: the calling thread goes on while the snapshot is written', async () => {
    const h = new HistoryService(dir(), () => Date.UTC(2026, 10, 1));
    h.store.create({ id: 'c', title: 'kept', createdAt: 1, updatedAt: 1, providerId: 'p', model: 'm' });
    const text = 'a long answer '.repeat(20_000);
    for (let i = 0; i < Math.ceil(COPY_ON_THREAD_FROM_BYTES / text.length) + 1; i++) h.store.append('c', { id: `m${i}`, role: 'user', content: text, createdAt: i }, i ? `m${i - 1}` : null);
    let turned = false;
    setTimeout(() => (turned = true), 0);
    const copy = h.backupIfDue();
    expect(h.backups()).toHaveLength(0);
    const file = await copy;
    // Copied on this thread, the promise would have settled before the event loop turned once.
    expect(turned).toBe(true);
    expect(h.backups().map((b) => b.file)).toEqual([file]);
    await h.closeAfterCopies();
  });

  it('rejects with the reason when a copy fails, leaving no partial file', async () => {
    const h = new HistoryService(dir(), () => 1);
    const { db } = h.store;
    h.close();
    await expect(snapshot(db, dir(), Date.UTC(2026, 10, 1))).rejects.toThrow();
    expect(readdirSync(join(dir(), 'backups'))).toEqual([]);
  });

  it('sets a damaged database aside, reports it, and starts fresh', () => {
    writeFileSync(historyFile(dir()), 'this is not a database at all, just text that is long enough to be read');
    const h = new HistoryService(dir(), () => 77);
    expect(h.problems[0]).toMatch(/could not be read.*history\.sqlite\.corrupt-77/);
    expect(existsSync(join(dir(), 'history.sqlite.corrupt-77'))).toBe(true);
    expect(h.store.list().total).toBe(0);
    h.close();
  });
  it('refuses a database from a newer Switchboard and leaves it as it is', () => {
    const h = new HistoryService(dir(), () => 1);
    h.store.db.exec('PRAGMA user_version = 99');
    h.close();
    expect(() => new HistoryService(dir(), () => 2)).toThrow(/history database was written by a newer Switchboard \(format 99\)/);
    expect(existsSync(`${historyFile(dir())}.corrupt-2`)).toBe(false);
  });
});
