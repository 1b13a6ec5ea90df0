import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Push } from '../../../../../electron/ipc/contract';
import { titleFrom, toWireMessages } from '../../../../../electron/core/chat/chat-service';
import { CANARY_KEY, containsCanary } from '../../../../support/canary';
import { testCore, until } from '../../../../support/core';
import { emulatorReply, startEmulator, type Emulator } from '../../../../support/emulator';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ key: CANARY_KEY, chunkDelayMs: 2 });
});
afterAll(() => emulator.close());

async function setup(withKey = true) {
  const t = testCore();
  const h = t.h;
  await h['providers:update']({ providerId: 'together', baseUrl: emulator.baseUrl, model: 'emu-small' });
  if (withKey) await h['keys:set']({ providerId: 'together', key: CANARY_KEY });
  const conversation = await h['conversations:create']({ providerId: 'together' });
  const done = () => t.pushes.filter((p) => p.channel === 'chat:done').map((p) => p.payload as Push['chat:done']);
  return { ...t, h, conversation, done };
}

describe('chat service', () => {
  it('streams deltas, then a final message with usage, and saves both turns', async () => {
    emulator.misbehave('none');
    const { h, conversation, done, pushes, core } = await setup();
    const { requestId } = await h['chat:send']({ conversationId: conversation.id, text: 'stream me' });
    await until(() => done().length === 1);
    const deltas = pushes.filter((p) => p.channel === 'chat:delta').map((p) => p.payload as Push['chat:delta']);
    expect(deltas.every((d) => d.requestId === requestId)).toBe(true);
    expect(deltas.map((d) => d.text).join('')).toBe(emulatorReply('stream me'));
    expect(done()[0]!.message).toMatchObject({ status: 'done', content: emulatorReply('stream me'), finishReason: 'stop', usage: { inputTokens: 12 } });
    const saved = await h['conversations:get']({ id: conversation.id });
    expect(saved.title).toBe('stream me');
    expect(saved.messages.map((m) => m.role)).toEqual(['user', 'assistant']);
    expect(containsCanary(JSON.stringify(pushes))).toBe(false);
    expect(core.wireLog.list()).toHaveLength(1);
  });

  it('keeps the user message and explains a 401 when no key is configured', async () => {
    const { h, conversation, done } = await setup(false);
    await h['chat:send']({ conversationId: conversation.id, text: 'no key' });
    await until(() => done().length === 1);
    const message = done()[0]!.message;
    expect(message.status).toBe('error');
    expect(message.error).toMatchObject({ status: 401, causes: ['key-missing'] });
    expect(message.error!.message).toContain('Invalid API key provided');
    const saved = await h['conversations:get']({ id: conversation.id });
    expect(saved.messages[0]).toMatchObject({ role: 'user', content: 'no key' });
  });

  it('keeps the partial answer when stopped', async () => {
    emulator.misbehave('stall');
    const { h, conversation, done, pushes } = await setup();
    const { requestId } = await h['chat:send']({ conversationId: conversation.id, text: 'stop me' });
    // The stall comes after two pieces: wait until both arrived, then stop.
    await until(() => pushes.filter((p) => p.channel === 'chat:delta').map((p) => (p.payload as { text?: string }).text ?? '').join('') === 'Hello from');
    expect(await h['chat:abort']({ requestId })).toEqual({ aborted: true });
    await until(() => done().length === 1);
    expect(done()[0]!.message.status).toBe('aborted');
    expect(done()[0]!.message.content).toBe('Hello from');
    emulator.misbehave('none');
  });

  it('keeps the partial answer when the connection resets mid-stream', async () => {
    emulator.misbehave('reset-mid-stream');
    const { h, conversation, done } = await setup();
    await h['chat:send']({ conversationId: conversation.id, text: 'reset' });
    await until(() => done().length === 1);
    expect(done()[0]!.message).toMatchObject({ status: 'error', content: 'Hello from' });
    expect(done()[0]!.message.error!.message).toMatch(/broke off/);
    emulator.misbehave('none');
  });

  it('keeps the text before an error event inside a 200 stream', async () => {
    emulator.misbehave('error-in-stream');
    const { h, conversation, done } = await setup();
    await h['chat:send']({ conversationId: conversation.id, text: 'err' });
    await until(() => done().length === 1);
    expect(done()[0]!.message).toMatchObject({ status: 'error', content: 'Hello from', error: { message: 'Service Unavailable' } });
    emulator.misbehave('none');
  });

  it('names a wrong-case model from the host list, without replacing it', async () => {
    const { h, conversation, done } = await setup();
    await h['conversations:update']({ id: conversation.id, model: 'EMU-SMALL' });
    await h['chat:send']({ conversationId: conversation.id, text: 'case' });
    await until(() => done().length === 1);
    expect(done()[0]!.message.error).toMatchObject({ status: 404, causes: ['model-case'] });
    expect((await h['conversations:get']({ id: conversation.id })).model).toBe('EMU-SMALL');
    const list = await h['models:list']({ providerId: 'together' });
    expect(list.cached).toBe(true);
    expect((await h['models:list']({ providerId: 'together', refresh: true })).cached).toBe(false);
  });

  it('regenerates a failed answer in place after the key is fixed, and edits a question', async () => {
    const { h, conversation, done } = await setup(false);
    await h['chat:send']({ conversationId: conversation.id, text: 'first' });
    await until(() => done().length === 1);
    const failed = done()[0]!.message;
    expect(failed.status).toBe('error');
    await h['keys:set']({ providerId: 'together', key: CANARY_KEY });
    await h['chat:regenerate']({ conversationId: conversation.id, messageId: failed.id });
    await until(() => done().length === 2);
    let saved = await h['conversations:get']({ id: conversation.id });
    expect(saved.messages.map((m) => `${m.role}:${m.status ?? ''}:${m.content}`)).toEqual(['user::first', `assistant:done:${emulatorReply('first')}`]);
    await h['chat:edit']({ conversationId: conversation.id, messageId: saved.messages[0]!.id, text: 'second' });
    await until(() => done().length === 3);
    saved = await h['conversations:get']({ id: conversation.id });
    expect(saved.messages.map((m) => m.content)).toEqual(['second', emulatorReply('second')]);
    await expect(h['chat:edit']({ conversationId: conversation.id, messageId: saved.messages[1]!.id, text: 'x' })).rejects.toThrow(/Only your own messages/);
  });

  it('scrubs a key that the host echoes in its error from the message, the push and the log', async () => {
    emulator.misbehave('echo-key');
    const { h, conversation, done, pushes, core } = await setup();
    await h['chat:send']({ conversationId: conversation.id, text: 'echo' });
    await until(() => done().length === 1);
    emulator.misbehave('none');
    expect(done()[0]!.message.error!.message).toContain('is not allowed here');
    expect(containsCanary(JSON.stringify(pushes))).toBe(false);
    expect(containsCanary(JSON.stringify(core.wireLog.list()))).toBe(false);
    expect(containsCanary(JSON.stringify(await h['conversations:get']({ id: conversation.id })))).toBe(false);
  });

  it('stops the stream of a conversation that is deleted, and does not bring it back', async () => {
    emulator.misbehave('stall');
    const { h, conversation, done, pushes } = await setup();
    await h['chat:send']({ conversationId: conversation.id, text: 'bye' });
    await until(() => pushes.some((p) => p.channel === 'chat:delta'));
    await h['conversations:delete']({ id: conversation.id });
    await until(() => done().length === 1);
    emulator.misbehave('none');
    expect(done()[0]!.message.status).toBe('aborted');
    await expect(h['conversations:get']({ id: conversation.id })).rejects.toThrow(/no longer exists/);
  });

  it('asks for a model before sending, keeping nothing half-done', async () => {
    const { h, conversation } = await setup();
    await h['conversations:update']({ id: conversation.id, model: '' });
    await expect(h['chat:send']({ conversationId: conversation.id, text: 'x' })).rejects.toThrow(/Choose a model/);
    expect((await h['conversations:get']({ id: conversation.id })).messages).toEqual([]);
  });

  it('refuses to send to a conversation that does not exist', async () => {
    const { h } = await setup();
    await expect(h['chat:send']({ conversationId: 'nope', text: 'x' })).rejects.toThrow(/no longer exists/);
  });
});

describe('chat helpers', () => {
  it('builds wire messages with the system prompt and without failed empty answers', () => {
    expect(
      toWireMessages({
        system: 'Be brief.',
        messages: [
          { id: '1', role: 'user', content: 'a', createdAt: 0 },
          { id: '2', role: 'assistant', content: '', createdAt: 0, status: 'error' },
          { id: '3', role: 'user', content: 'b', createdAt: 0 },
        ],
      }),
    ).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'a' },
      { role: 'user', content: 'b' },
    ]);
  });
  it('replays rounds of tool calls as they happened: the calls, their results, then the answer', () => {
    const wire = toWireMessages({
      messages: [
        { id: '1', role: 'user', content: 'sum?', createdAt: 0 },
        {
          id: '2',
          role: 'assistant',
          content: 'It is 3.',
          createdAt: 0,
          status: 'done',
          steps: [{ text: 'Adding.', calls: [{ id: 'k1', name: 'calc__add', arguments: '{"a":1,"b":2}', state: 'done', result: '3', server: 'calc', tool: 'add' }, { id: 'k2', name: 'calc__log', arguments: '{}', state: 'awaiting-approval' }] }],
        },
      ],
    });
    expect(wire).toEqual([
      { role: 'user', content: 'sum?' },
      { role: 'assistant', content: 'Adding.', toolCalls: [{ id: 'k1', name: 'calc__add', arguments: '{"a":1,"b":2}' }, { id: 'k2', name: 'calc__log', arguments: '{}' }] },
      { role: 'tool', content: '', toolResults: [{ callId: 'k1', name: 'calc__add', content: '3' }, { callId: 'k2', name: 'calc__log', content: 'The tool call was stopped before it finished.', isError: true }] },
      { role: 'assistant', content: 'It is 3.' },
    ]);
  });
  it('titles a conversation from the first line', () => {
    expect(titleFrom('  hello\nworld')).toBe('hello');
    expect(titleFrom('x'.repeat(100))).toHaveLength(60);
  });
});
