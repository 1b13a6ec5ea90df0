import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyDatabaseOffThread } from '../../../../../electron/core/history/copy-thread';
import { HistoryService } from '../../../../../electron/core/history/history-service';
import { historyFile } from '../../../../../electron/core/history/open-history';
import { useTempDir } from '../../../../support/temp-dir';

describe('copyDatabaseOffThread', () => {
  const dir = useTempDir('sb-copy-thread-');

  it('copies the history while it is open, its latest write included', async () => {
    const live = new HistoryService(join(dir(), 'live'), () => 1);
    live.store.create({ id: 'c', title: 'kept', createdAt: 1, updatedAt: 1, providerId: 'p', model: 'm' });
    mkdirSync(join(dir(), 'copy'));
    await copyDatabaseOffThread(live.store.db.path, historyFile(join(dir(), 'copy')));
    live.close();
    const copy = new HistoryService(join(dir(), 'copy'), () => 2);
    expect(copy.store.list().conversations.map((c) => c.title)).toEqual(['kept']);
    copy.close();
  });

  it("rejects with SQLite's reason when the history cannot be read", async () => {
    await expect(copyDatabaseOffThread(join(dir(), 'no-such-folder', 'history.sqlite'), join(dir(), 'copy.sqlite'))).rejects.toThrow(/unable to open/i);
  });
});
