import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HistoryService } from '../../../../../electron/core/history/history-service';
import { BACKUPS_KEPT } from '../../../../../electron/core/history/backups';
import { historyFile } from '../../../../../electron/core/history/open-history';
import { useTempDir } from '../../../../support/temp-dir';

const DAY = 24 * 3600 * 1000;

describe('history backups', () => {
  const dir = useTempDir('sb-backups-');
  it('takes one snapshot a day, keeps the last seven, and restores one (keeping the current file)', () => {
    let now = Date.UTC(2026, 10, 1);
    const h = new HistoryService(dir(), () => now);
    h.store.create({ id: 'before', title: 'before', createdAt: 1, updatedAt: 1, providerId: 'p', model: 'm' });
    expect(h.backupIfDue()).toBeDefined();
    expect(h.backupIfDue()).toBeUndefined();
    for (let i = 1; i <= 9; i++) {
      now += DAY;
      h.backupIfDue();
    }
    expect(h.backups()).toHaveLength(BACKUPS_KEPT);
    h.store.create({ id: 'after', title: 'after', createdAt: 2, updatedAt: 2, providerId: 'p', model: 'm' });
    const oldest = h.backups().at(-1)!;
    const { keptAs } = h.restore(oldest.file);
    expect(h.store.list().conversations.map((c) => c.id)).toEqual(['before']);
    expect(existsSync(keptAs)).toBe(true);
    h.close();
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
