import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HistoryService } from '../../../../../electron/core/history/history-service';
import { useTempDir } from '../../../../support/temp-dir';

const oldFile = (id: string, messages: string[]) =>
  JSON.stringify({ version: 1, id, title: `old ${id}`, createdAt: 1, updatedAt: 10, providerId: 'together', model: 'm', messages: messages.map((content, i) => ({ id: `${id}-m${i}`, role: i % 2 ? 'assistant' : 'user', content, createdAt: i })) });

describe('importing the conversation files of earlier versions', () => {
  const dir = useTempDir('sb-json-import-');
  it('keeps every readable conversation, moves the originals to a backup folder, and never imports twice', () => {
    const folder = join(dir(), 'conversations');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.json'), oldFile('a', ['hi', 'hello', 'more']));
    writeFileSync(join(folder, 'b.json'), oldFile('b', ['one']));
    writeFileSync(join(folder, 'broken.json'), '{"id": "x", trunc');
    const h = new HistoryService(dir(), () => 5);
    expect(h.store.list().conversations.map((c) => c.id).sort()).toEqual(['a', 'b']);
    expect(h.store.get('a')!.messages.map((m) => m.content)).toEqual(['hi', 'hello', 'more']);
    expect(h.problems.join('\n')).toMatch(/broken\.json could not be imported/);
    expect(existsSync(folder)).toBe(false);
    const backup = join(dir(), 'backups', 'conversations-json-5');
    expect(readdirSync(backup).sort()).toEqual(['a.json', 'b.json', 'broken.json']);
    expect(readFileSync(join(backup, 'broken.json'), 'utf8')).toBe('{"id": "x", trunc');
    h.close();
    const again = new HistoryService(dir(), () => 6);
    expect(again.store.list().total).toBe(2);
    again.close();
  });
});
