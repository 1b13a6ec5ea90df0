import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { HistoryService } from '../../../../electron/core/history/history-service';
import { startPreview } from '../../../../electron/web/server';
import { CANARY_KEY } from '../../../support/canary';
import { until } from '../../../support/core';
import { startEmulator } from '../../../support/emulator';
import { useTempDir } from '../../../support/temp-dir';

describe('shutting the preview down', () => {
  const dir = useTempDir('sb-shutdown-');
  it('stops a stalled answer, saves what arrived, and is done within 2 s', async () => {
    const emulator = await startEmulator({ key: CANARY_KEY, chunkDelayMs: 5 });
    emulator.misbehave('stall');
    const staticDir = join(dir(), 'static');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html>');
    const dataDir = join(dir(), 'data');
    const preview = await startPreview({ dataDir, staticDir, env: { TOGETHER_API_KEY: CANARY_KEY }, token: 'shutdown-token-1' });
    try {
      const ws = new WebSocket(`ws://127.0.0.1:${preview.port}/ws?token=shutdown-token-1`, { origin: `http://127.0.0.1:${preview.port}` });
      await new Promise((r) => ws.on('open', r));
      const results = new Map<number, { ok: boolean; value: { id?: string } }>();
      const deltas: string[] = [];
      ws.on('message', (m) => {
        const msg = JSON.parse(String(m)) as { type: string; id: number; result: { ok: boolean; value: { id?: string } }; channel?: string; payload?: { text?: string } };
        if (msg.type === 'result') results.set(msg.id, msg.result);
        else if (msg.channel === 'chat:delta') deltas.push(msg.payload?.text ?? '');
      });
      const call = async (id: number, channel: string, payload: unknown) => {
        ws.send(JSON.stringify({ type: 'invoke', id, channel, payload }));
        await until(() => results.has(id));
        return results.get(id)!;
      };
      await call(1, 'providers:update', { providerId: 'together', baseUrl: emulator.baseUrl, model: 'emu-small' });
      const conversation = await call(2, 'conversations:create', { providerId: 'together' });
      await call(3, 'chat:send', { conversationId: conversation.value.id, text: 'stall please' });
      await until(() => deltas.join('') === 'Hello from');
      const started = Date.now();
      await preview.close();
      expect(Date.now() - started).toBeLessThan(2000);
      const history = new HistoryService(dataDir, Date.now);
      const saved = history.open(conversation.value.id!).messages[1]!;
      history.close();
      expect(saved).toMatchObject({ content: 'Hello from', status: 'aborted' });
    } finally {
      await emulator.close();
    }
  });
});
