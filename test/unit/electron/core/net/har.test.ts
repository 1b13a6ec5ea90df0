import { har as validateHar } from 'har-validator/lib/promise.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHar } from '../../../../../electron/core/net/har';
import type { Exchange } from '../../../../../electron/shared/exchange';
import { CANARY_KEY, containsCanary } from '../../../../support/canary';
import { testCore, until } from '../../../../support/core';
import { startEmulator, type Emulator } from '../../../../support/emulator';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ key: CANARY_KEY });
});
afterAll(() => emulator.close());

async function recorded() {
  const clipboard: string[] = [];
  const t = testCore();
  const { h } = t;
  await h['providers:update']({ providerId: 'together', baseUrl: emulator.baseUrl, model: 'emu-small' });
  await h['keys:set']({ providerId: 'together', key: CANARY_KEY });
  const c = await h['conversations:create']({ providerId: 'together' });
  await h['chat:send']({ conversationId: c.id, text: "it's a \"test\"" });
  await until(() => t.pushes.some((p) => p.channel === 'chat:done'));
  await h['models:list']({ providerId: 'together' });
  await h['keys:delete']({ providerId: 'together' });
  await h['chat:send']({ conversationId: c.id, text: 'again' });
  await until(() => t.pushes.filter((p) => p.channel === 'chat:done').length === 2);
  return { ...t, h, clipboard };
}

describe('HAR export', () => {
  it('is valid HAR 1.2, redacted, with stream bodies and failures', async () => {
    const { h } = await recorded();
    const { har, count } = await h['netlog:har']({});
    expect(count).toBe(3);
    const parsed = JSON.parse(har);
    await expect(validateHar(parsed)).resolves.toBeTruthy();
    expect(containsCanary(har)).toBe(false);
    const [chat, models, failed] = parsed.log.entries;
    expect(chat.response.content.text).toContain('[DONE]');
    expect(chat.request.postData.text).toContain('emu-small');
    expect(models.request.method).toBe('GET');
    expect(failed.response.status).toBe(401);
    expect(failed.comment).toContain('key-missing');
  });
  it('exports a selection', async () => {
    const { h, core } = await recorded();
    const first = core.wireLog.list()[0]!.id;
    expect((await h['netlog:har']({ ids: [first] })).count).toBe(1);
  });
  it('handles an exchange that never got an answer', async () => {
    const e: Exchange = { id: 'x', startedAt: 0, purpose: 'chat', method: 'POST', url: 'http://127.0.0.1:9/v1/chat/completions', request: { headers: {} }, timing: { totalMs: 3 }, state: 'failed', error: 'ECONNREFUSED', auth: { header: 'Authorization', present: false, empty: true } };
    await expect(validateHar(toHar([e], { name: 'Switchboard', version: 't' }))).resolves.toBeTruthy();
  });
});

