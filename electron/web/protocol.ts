import type { Result } from '../ipc/contract';

/** A window's call over the preview WebSocket. */
export interface ClientMessage {
  type: 'invoke';
  id: number;
  channel: string;
  payload: unknown;
}

/** What the preview sends back: a call's result, or a push. */
export type ServerMessage = { type: 'result'; id: number; result: Result<unknown> } | { type: 'push'; channel: string; payload: unknown };

/** Parses a client frame; anything malformed is dropped. Pure. */
export function parseClientMessage(text: string): ClientMessage | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const m = value as Partial<ClientMessage>;
  if (m.type !== 'invoke' || typeof m.id !== 'number' || typeof m.channel !== 'string') return undefined;
  return { type: 'invoke', id: m.id, channel: m.channel, payload: m.payload };
}
