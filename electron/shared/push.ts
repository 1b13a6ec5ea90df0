import type { ChatDelta, ChatDone } from './chat';
import type { Exchange } from './exchange';

/** Events the core pushes to every window: channel name to payload. */
export interface PushEvents {
  'chat:delta': ChatDelta;
  'chat:done': ChatDone;
  'netlog:entry': Exchange;
  'netlog:cleared': { at: number };
}

/** Sends one event to every window (the host decides how). */
export type PushSink = <C extends keyof PushEvents>(channel: C, payload: PushEvents[C]) => void;
