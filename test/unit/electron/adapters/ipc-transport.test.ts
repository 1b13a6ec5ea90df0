import { describe, expect, it, vi } from 'vitest';

// Electron cannot run here; ipcMain is replaced by a small stand-in to test what the adapter does with it.
const handlers = new Map<string, (event: unknown, payload: unknown) => unknown>();
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, fn: (event: unknown, payload: unknown) => unknown) => handlers.set(channel, fn) },
  protocol: {},
}));

const { isOwnFrame, registerIpc, broadcast } = await import('../../../../electron/adapters/ipc-transport');
const { INVOKE_CHANNELS } = await import('../../../../electron/ipc/contract');

const win = (id: number) => ({ isDestroyed: () => false, webContents: { id, send: vi.fn() } });
const event = (over: { id?: number; url?: string; parent?: unknown }) => ({ sender: { id: over.id ?? 1 }, senderFrame: { url: over.url ?? 'app://switchboard/index.html#/chat', parent: over.parent ?? null } });

describe('IPC transport', () => {
  it('trusts only the top frame of one of our windows on the app origin, compared parsed', () => {
    const windows = () => [win(1)] as never;
    expect(isOwnFrame(event({}) as never, windows)).toBe(true);
    expect(isOwnFrame(event({ url: 'app://switchboard/assets/x.html' }) as never, windows)).toBe(true);
    expect(isOwnFrame(event({ id: 2 }) as never, windows)).toBe(false);
    for (const url of ['https://evil.example/index.html', 'app://switchboard.evil/index.html', 'app://evil@switchboard/', 'app://switchboard:8080/', 'file:///opt/Switchboard/dist/renderer/index.html', 'not a url']) {
      expect(isOwnFrame(event({ url }) as never, windows), url).toBe(false);
    }
    expect(isOwnFrame(event({ parent: {} }) as never, windows)).toBe(false);
    expect(isOwnFrame({ sender: { id: 1 }, senderFrame: null } as never, windows)).toBe(false);
  });
  it('registers every contract channel through the dispatcher', async () => {
    const calls: string[] = [];
    registerIpc(async (channel) => {
      calls.push(channel);
      return { ok: true, value: null };
    });
    expect([...handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    await handlers.get('providers:list')!({}, {});
    expect(calls).toEqual(['providers:list']);
  });
  it('pushes to every live window', () => {
    const a = win(1);
    const b = { ...win(2), isDestroyed: () => true };
    broadcast(() => [a, b] as never)('netlog:cleared', { at: 1 });
    expect(a.webContents.send).toHaveBeenCalledWith('netlog:cleared', { at: 1 });
    expect(b.webContents.send).not.toHaveBeenCalled();
  });
});
