import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Push } from '../../../../../electron/ipc/contract';
import { HistoryService } from '../../../../../electron/core/history/history-service';
import { CANARY_KEY } from '../../../../support/canary';
import { testCore, until } from '../../../../support/core';
import { startEmulator, type Emulator } from '../../../../support/emulator';
import { pngOf } from '../../../../support/files';
import { makeTempDir } from '../../../../support/temp-dir';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ key: CANARY_KEY });
});
afterAll(() => emulator.close());

describe('attachments in the history', () => {
  it('are sent, kept (files by hash, not in the rows), still there after a restart, and travel in a JSON export', async () => {
    const { h, core, dataDir, pushes } = testCore();
    await h['providers:update']({ providerId: 'together', baseUrl: emulator.baseUrl, model: 'emu-small' });
    await h['keys:set']({ providerId: 'together', key: CANARY_KEY });
    const png = await pngOf(40, 30);
    const image = await h['attachments:add']({ name: 'chart.png', mime: 'image/png', data: png.toString('base64') });
    const text = await h['attachments:add']({ name: 'todo.txt', mime: 'text/plain', data: Buffer.from('buy bread').toString('base64') });
    const c = await h['conversations:create']({ providerId: 'together' });
    await h['chat:send']({ conversationId: c.id, text: 'see attached', attachments: [image, text] });
    await until(() => pushes.some((p) => p.channel === 'chat:done'));
    const done = pushes.find((p) => p.channel === 'chat:done')!.payload as Push['chat:done'];
    expect(done.message.content).toContain('[image image/png');
    expect(done.message.content).toContain('[file todo.txt: buy bread]');

    // The rows hold the description, not the bytes.
    const row = core.history.store.db.get<{ meta: string }>("SELECT meta FROM messages WHERE role = 'user'");
    expect(row!.meta.length).toBeLessThan(2000);
    await core.close();

    const reopened = new HistoryService(dataDir, Date.now);
    const user = reopened.store.get(c.id)!.messages.find((m) => m.role === 'user')!;
    expect(user.attachments?.map((a) => a.name)).toEqual(['chart.png', 'todo.txt']);
    expect(reopened.files.has(image.id)).toBe(true);
    const exported = reopened.export(c.id, 'json').text;
    reopened.close();

    const elsewhere = makeTempDir('sb-attach-import-');
    const other = new HistoryService(elsewhere, Date.now);
    expect(other.import(exported, undefined, () => 'x').imported).toBe(1);
    expect(other.files.get(image.id)?.equals(png)).toBe(true);
    expect(other.files.get(text.id, 'text')?.toString()).toBe('buy bread');
    other.close();
  });

  it('refuses a reference to a file the app does not keep', async () => {
    const { h } = testCore();
    const c = await h['conversations:create']({ providerId: 'together' });
    const forged = { id: 'a'.repeat(64), name: 'x.png', mime: 'image/png', size: 1, kind: 'image' as const };
    await expect(h['chat:send']({ conversationId: c.id, text: 'hi', attachments: [forged] })).rejects.toThrow(/not in the attachment store/);
  });
});
