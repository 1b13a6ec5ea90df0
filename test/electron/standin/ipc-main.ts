/**
 * `ipcMain` (docs/api/ipc-main.md, lib/browser/ipc-dispatch.ts): `handle` registers one handler per
 * channel (a second throws); an invoke runs it with an IpcMainInvokeEvent { type: 'frame', sender,
 * senderFrame, frameId, processId } that never reaches the page; a handler's throw reaches the page
 * as `Error invoking remote method '<ch>': <err>`, and an unknown channel as `No handler registered`.
 */
import { EventEmitter } from 'node:events';

type Handler = (event: unknown, ...args: unknown[]) => unknown;

class IpcMain extends EventEmitter {
  private readonly handlers = new Map<string, Handler>();

  handle(channel: string, handler: Handler): void {
    if (typeof handler !== 'function') throw new TypeError(`Expected handler to be a function, but found type '${typeof handler}'`);
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }

  handleOnce(channel: string, handler: Handler): void {
    this.handle(channel, (event, ...args) => {
      this.removeHandler(channel);
      return handler(event, ...args);
    });
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** Runs an invoke as Electron does: the handler's result, or the error text the page will see. */
  async invoke(channel: string, event: unknown, args: unknown[]): Promise<{ ok: true; value: unknown } | { ok: false; error: string }> {
    const handler = this.handlers.get(channel);
    if (!handler) return { ok: false, error: `Error invoking remote method '${channel}': Error: No handler registered for '${channel}'` };
    try {
      return { ok: true, value: await handler(event, ...args) };
    } catch (error) {
      console.error(`Error occurred in handler for '${channel}':`, error);
      return { ok: false, error: `Error invoking remote method '${channel}': ${String(error)}` };
    }
  }
}

/** The stand-in's ipcMain. */
export const ipcMain = new IpcMain();
