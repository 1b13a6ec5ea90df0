import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatService } from '../../../../../electron/core/chat/chat-service';
import { randomId, systemClock } from '../../../../../electron/core/clock';
import { HistoryService } from '../../../../../electron/core/history/history-service';
import { RecordingFetch } from '../../../../../electron/core/net/recording-fetch';
import { WireLog } from '../../../../../electron/core/net/wire-log';
import { resolveTarget } from '../../../../../electron/core/providers/provider-settings';
import { findPreset } from '../../../../../electron/core/providers/registry';
import type { ChatDone } from '../../../../../electron/shared/chat';
import { CANARY_KEY } from '../../../../support/canary';
import { emulatorReply, startEmulator, type Emulator } from '../../../../support/emulator';
import { fillDisk, mountTmpfs, type Tmpfs } from '../../../../support/tmpfs';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ key: CANARY_KEY, chunkDelayMs: 20 });
});
afterAll(() => emulator.close());

const disk = mountTmpfs('4m');
const unavailable = 'unavailable' in disk ? disk.unavailable : undefined;
if (unavailable) console.warn(`Skipping the disk fault tests: ${unavailable}.`);

function chatOn(dataDir: string) {
  const history = new HistoryService(dataDir, () => systemClock.now());
  const done: ChatDone[] = [];
  const target = resolveTarget(findPreset('together')!, { baseUrl: emulator.baseUrl }, CANARY_KEY, 'emu-small');
  const chat = new ChatService({
    history: () => history.store,
    http: new RecordingFetch((i, init) => fetch(i, init), new WireLog(), systemClock, randomId),
    resolveTarget: async () => target,
    listModelIds: async () => [],
    onDelta: () => undefined,
    onDone: (d) => done.push(d),
    newId: randomId,
    clock: systemClock,
    saveEveryMs: 50,
  });
  return { history, chat, done };
}

describe.skipIf(!!unavailable)('the history under disk faults', () => {
  const tmpfs = disk as Tmpfs;
  afterAll(() => tmpfs.unmount());

  it('a full disk: the question is refused with a clear error, and what was saved stays intact', async () => {
    const dataDir = join(tmpfs.dir, 'full');
    const { history, chat, done } = chatOn(dataDir);
    history.store.create({ id: 'c', title: 'New chat', createdAt: 1, updatedAt: 1, providerId: 'together', model: 'emu-small' });
    await chat.send('c', 'before the disk filled');
    await chat.idle();
    expect(done[0]!.unsaved).toBeUndefined();
    fillDisk(tmpfs.dir, 0);
    await expect(chat.send('c', 'x'.repeat(200_000))).rejects.toMatchObject({ code: 'storage-full' });
    rmSync(join(tmpfs.dir, 'filler'));
    expect(history.open('c').messages.map((m) => m.content)).toEqual(['before the disk filled', emulatorReply('before the disk filled')]);
    expect(history.store.db.pragma('integrity_check')).toBe('ok');
    history.close();
  });

  it('a folder that turns read-only mid-stream: the answer is on screen, reported unsaved, nothing crashes, the database is intact', async () => {
    const dataDir = join(tmpfs.dir, 'ro');
    const { history, chat, done } = chatOn(dataDir);
    history.store.create({ id: 'c', title: 'New chat', createdAt: 1, updatedAt: 1, providerId: 'together', model: 'emu-small' });
    // A mounted folder cannot be remounted read-only while the database is open for writing, so the
    // store's writes fail the way SQLite reports it once the question is in.
    await chat.send('c', 'read only soon');
    const save = history.store.save.bind(history.store);
    history.store.save = () => {
      throw Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' });
    };
    await chat.idle();
    history.store.save = save;
    expect(done[0]!.message.content).toBe(emulatorReply('read only soon'));
    expect(done[0]!.unsaved).toMatch(/read-only/);
    const saved = history.open('c').messages;
    expect(saved[0]!.content).toBe('read only soon');
    expect(history.store.db.pragma('integrity_check')).toBe('ok');
    history.close();
    expect(existsSync(join(dataDir, 'history.sqlite'))).toBe(true);
  });
});
