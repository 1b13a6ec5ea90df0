import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HistoryService } from '../../../../electron/core/history/history-service';
import { CANARY_KEY, containsCanary } from '../../../support/canary';
import { cli } from '../../../support/cli';
import { spawnCli } from '../../../support/cli-process';
import { until } from '../../../support/core';
import { emulatorReply, startEmulator, type Emulator } from '../../../support/emulator';
import { useTempDir } from '../../../support/temp-dir';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ key: CANARY_KEY, chunkDelayMs: 2 });
});
afterAll(() => emulator.close());
const env = () => ({ TOGETHER_API_KEY: CANARY_KEY });
const chatArgs = (dataDir: string, message: string, extra: string[] = []) => ['chat', '--provider', 'together', '--base-url', emulator.baseUrl, '--model', 'emu-small', '--message', message, '--data-dir', dataDir, ...extra];

describe('the command line and the history', () => {
  const dir = useTempDir('sb-cli-history-');
  it('keeps a chat in the data folder, continues it, lists, shows, searches and exports it', async () => {
    const first = await cli([...chatArgs(dir(), 'first question'), '--json'], env());
    expect(first.code).toBe(0);
    const { conversationId } = JSON.parse(first.out) as { conversationId: string };
    expect(conversationId).toBeTruthy();
    expect((await cli([...chatArgs(dir(), 'second question'), '--conversation', conversationId], env())).code).toBe(0);
    const list = JSON.parse((await cli(['history', 'list', '--data-dir', dir(), '--json'])).out) as { conversations: { id: string; title: string; messageCount: number }[] };
    expect(list.conversations).toEqual([expect.objectContaining({ id: conversationId, title: 'first question', messageCount: 4 })]);
    const shown = JSON.parse((await cli(['history', 'show', conversationId, '--data-dir', dir(), '--json'])).out) as { messages: { role: string; text: string; state: string }[] };
    expect(shown.messages.map((m) => [m.role, m.text, m.state])).toEqual([
      ['user', 'first question', 'done'],
      ['assistant', emulatorReply('first question'), 'done'],
      ['user', 'second question', 'done'],
      ['assistant', emulatorReply('second question'), 'done'],
    ]);
    const found = JSON.parse((await cli(['history', 'search', 'second', '--data-dir', dir(), '--json'])).out) as { hits: { conversationId: string; snippet: string }[] };
    expect(found.hits[0]).toMatchObject({ conversationId, snippet: expect.stringContaining('[second]') });
    expect(JSON.parse((await cli(['history', 'search', 'nowhere-at-all', '--data-dir', dir(), '--json'])).out)).toEqual({ hits: [] });
    const md = await cli(['history', 'export', conversationId, '--format', 'md', '--data-dir', dir()]);
    expect(md.out).toContain('## You\n\nsecond question');
    const file = join(dir(), 'all.json');
    expect((await cli(['history', 'export', '--all', '--format', 'json', '--out', file, '--data-dir', dir()])).code).toBe(0);
    expect(containsCanary(readFileSync(file, 'utf8'))).toBe(false);
  });

  it('imports ChatGPT exports, and explains what it cannot use', async () => {
    const file = join(dir(), 'conversations.json');
    writeFileSync(file, JSON.stringify([{ title: 'From ChatGPT', create_time: 1, current_node: 'a', mapping: { u: { id: 'u', parent: null, children: ['a'], message: { author: { role: 'user' }, content: { parts: ['hello'] } } }, a: { id: 'a', parent: 'u', children: [], message: { author: { role: 'assistant' }, content: { parts: ['hi there'] } } } } }]));
    const r = await cli(['history', 'import', file, '--format', 'chatgpt', '--data-dir', dir()]);
    expect(r).toMatchObject({ code: 0, out: 'Imported 1 conversation(s).\n' });
    writeFileSync(file, 'not json');
    const bad = await cli(['history', 'import', file, '--data-dir', dir()]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/not JSON/);
    expect((await cli(['history', 'frob', '--data-dir', dir()])).code).toBe(2);
  });

  it('keeps the answer a killed chat had saved, marked interrupted', async () => {
    const slow = await startEmulator({ key: CANARY_KEY, chunkDelayMs: 400 });
    try {
      const run = spawnCli(['chat', '--provider', 'together', '--base-url', slow.baseUrl, '--model', 'emu-small', '--message', 'a long answer please', '--data-dir', dir()], env());
      // Wait until part of the answer is on disk (saved every second while it streams).
      await until(() => {
        const h = new HistoryService(dir(), Date.now);
        try {
          const c = h.store.list().conversations[0];
          return !!c && (h.store.get(c.id)?.messages[1]?.content.length ?? 0) > 0;
        } finally {
          h.close();
        }
      }, 15_000);
      run.child.kill('SIGKILL');
      await run.exited;
      const list = JSON.parse((await cli(['history', 'list', '--data-dir', dir(), '--json'])).out) as { conversations: { id: string }[] };
      const shown = JSON.parse((await cli(['history', 'show', list.conversations[0]!.id, '--data-dir', dir(), '--json'])).out) as { messages: { text: string; state: string }[] };
      expect(shown.messages[1]!.state).toBe('interrupted');
      expect(emulatorReply('a long answer please').startsWith(shown.messages[1]!.text)).toBe(true);
      expect(shown.messages[1]!.text.length).toBeGreaterThan(0);
    } finally {
      await slow.close();
    }
  }, 30_000);

  it('lets two processes chat into one folder at once without losing either turn', async () => {
    const runs = [spawnCli(chatArgs(dir(), 'from process one'), env()), spawnCli(chatArgs(dir(), 'from process two'), env())];
    const codes = await Promise.all(runs.map((r) => r.exited));
    expect(codes, runs.map((r) => r.err()).join("\n")).toEqual([0, 0]);
    const h = new HistoryService(dir(), Date.now);
    const titles = h.store.list().conversations.map((c) => c.title).sort();
    const answers = h.store.list().conversations.map((c) => h.store.get(c.id)!.messages.map((m) => m.content));
    h.close();
    expect(titles).toEqual(['from process one', 'from process two']);
    expect(answers.map((a) => a.length)).toEqual([2, 2]);
  }, 30_000);
});
