import { describe, expect, it } from 'vitest';
import { mergeParams } from '../../../../../electron/core/chat/conversation-service';
import { testCore } from '../../../../support/core';
import { createDispatcher } from '../../../../../electron/ipc/serve';

describe('conversation sampling settings', () => {
  it('sets, keeps and clears', () => {
    expect(mergeParams(undefined, { temperature: 0.5 })).toEqual({ temperature: 0.5 });
    expect(mergeParams({ temperature: 0.5 }, { maxTokens: 100 })).toEqual({ temperature: 0.5, maxTokens: 100 });
    expect(mergeParams({ temperature: 0.5 }, { temperature: null })).toBeUndefined();
  });
  it('are saved with the conversation and refused out of range', async () => {
    const { h } = testCore();
    const c = await h['conversations:create']({ providerId: 'together' });
    expect((await h['conversations:update']({ id: c.id, params: { temperature: 0.7, maxTokens: 256 } })).params).toEqual({ temperature: 0.7, maxTokens: 256 });
    expect((await h['conversations:update']({ id: c.id, params: { temperature: null } })).params).toEqual({ maxTokens: 256 });
    const dispatch = createDispatcher(h, () => true);
    expect(await dispatch('conversations:update', { id: c.id, params: { temperature: 5 } }, {})).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await dispatch('conversations:update', { id: c.id, params: { maxTokens: 0.5 } }, {})).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});

describe('a new conversation', () => {
  it('reuses an empty one instead of adding another, on the provider asked for', async () => {
    const { h } = testCore();
    const first = await h['conversations:create']({ providerId: 'together' });
    const again = await h['conversations:create']({ providerId: 'groq' });
    expect(again.id).toBe(first.id);
    expect(again.providerId).toBe('groq');
    expect((await h['conversations:list']({})).total).toBe(1);
  });

  it('starts on a provider with a key rather than the fallback, when nothing was used yet', async () => {
    const { h } = testCore({ TOGETHER_API_KEY: 'tgp_v1_env-key-000000000000000000000' });
    expect((await h['conversations:create']({})).providerId).toBe('together');
  });
});

describe('the conversation list', () => {
  it('brings the newest conversation whole when asked, so a window opens on it in one call', async () => {
    const { h } = testCore();
    const c = await h['conversations:create']({ providerId: 'together' });
    await h['conversations:update']({ id: c.id, title: 'Newest' });
    const listed = await h['conversations:list']({ withLatest: true });
    expect(listed.latest).toMatchObject({ id: c.id, title: 'Newest', messages: [] });
    expect((await h['conversations:list']({})).latest).toBeUndefined();
  });
});
