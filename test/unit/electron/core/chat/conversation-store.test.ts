import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { makeTempDir } from '../../../../support/temp-dir';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConversationStore } from '../../../../../electron/core/chat/conversation-store';
import type { Conversation } from '../../../../../electron/shared/chat';

const conv = (id: string, updatedAt: number): Conversation => ({
  id,
  title: `t ${id}`,
  createdAt: 1,
  updatedAt,
  providerId: 'together',
  model: 'm',
  messages: [{ id: 'm1', role: 'user', content: 'hello ☃', createdAt: 1 }],
});

describe('conversation store', () => {
  it('persists conversations across instances, newest first, files 0600', () => {
    const dir = makeTempDir('sb-conv-');
    const a = new ConversationStore(dir);
    a.save(conv('c1', 10));
    a.save(conv('c2', 20));
    const b = new ConversationStore(dir);
    expect(b.list().conversations.map((c) => c.id)).toEqual(['c2', 'c1']);
    expect(b.get('c1')!.messages[0]!.content).toBe('hello ☃');
    expect(statSync(join(dir, 'conversations', 'c1.json')).mode & 0o777).toBe(0o600);
  });

  it('leaves no temp files behind and deletes for good', () => {
    const dir = makeTempDir('sb-conv-');
    const s = new ConversationStore(dir);
    s.save(conv('c1', 1));
    s.save({ ...conv('c1', 2), title: 'renamed' });
    expect(readdirSync(join(dir, 'conversations'))).toEqual(['c1.json']);
    expect(s.delete('c1')).toBe(true);
    expect(new ConversationStore(dir).list().conversations).toEqual([]);
  });

  it('sets a corrupt file aside, reports it, and never overwrites it', () => {
    const dir = makeTempDir('sb-conv-');
    new ConversationStore(dir).save(conv('good', 1));
    writeFileSync(join(dir, 'conversations', 'bad.json'), '{"id":"bad", "title": trunc');
    const s = new ConversationStore(dir, () => 42);
    const { conversations, problems } = s.list();
    expect(conversations.map((c) => c.id)).toEqual(['good']);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('bad.json');
    const moved = join(dir, 'conversations', 'bad.json.corrupt-42');
    expect(readFileSync(moved, 'utf8')).toBe('{"id":"bad", "title": trunc');
    expect(existsSync(join(dir, 'conversations', 'bad.json'))).toBe(false);
  });

  it('rejects ids that could escape the folder', () => {
    const s = new ConversationStore(makeTempDir('sb-conv-'));
    expect(() => s.save(conv('../evil', 1))).toThrow();
    expect(s.delete('../evil')).toBe(false);
  });
});
