import { $ZodError } from 'zod/v4/core';
import { AppError } from '../shared/errors';
import { schemas, type Invoke, type InvokeChannel, type Result } from './contract';

/** One async function per Invoke channel; throw AppError for user-facing failures. */
export type Handlers = { [C in InvokeChannel]: (req: Invoke[C]['req']) => Promise<Invoke[C]['res']> };

/** Transport-neutral dispatch: unknown channel, sender check, schema parse, Result wrapping. */
export type Dispatch<S> = (channel: string, payload: unknown, sender: S) => Promise<Result<unknown>>;

function isChannel(channel: string): channel is InvokeChannel {
  return Object.prototype.hasOwnProperty.call(schemas, channel);
}

/** Turns anything thrown into an error value safe to send to a window. */
export function toIpcError(error: unknown): Result<never> {
  if (error instanceof AppError) {
    return { ok: false, error: { code: error.code, message: error.message, ...(error.causes ? { causes: error.causes } : {}) } };
  }
  if (error instanceof $ZodError) {
    const first = error.issues[0];
    const where = first?.path.length ? `${first.path.join('.')}: ` : '';
    return { ok: false, error: { code: 'bad-request', message: `Invalid request: ${where}${first?.message ?? 'malformed'}` } };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'internal', message: `Internal error: ${message}` } };
}

/**
 * Builds the dispatcher the Electron IPC, the web-preview WebSocket and unit tests all share.
 * `isTrustedSender` is the transport's own check (frame and origin, or session token).
 */
export function createDispatcher<S>(handlers: Handlers, isTrustedSender: (sender: S) => boolean): Dispatch<S> {
  return async (channel, payload, sender) => {
    if (!isTrustedSender(sender)) return { ok: false, error: { code: 'forbidden', message: 'Request from an untrusted sender was refused.' } };
    if (!isChannel(channel)) return { ok: false, error: { code: 'unknown-channel', message: `Unknown channel "${channel}".` } };
    try {
      const req = schemas[channel].parse(payload ?? {});
      const handler = handlers[channel] as (req: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(req) };
    } catch (error) {
      return toIpcError(error);
    }
  };
}
