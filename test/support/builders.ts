import { DEFAULT_TIMEOUTS } from '../../electron/core/net/timeouts';
import type { ResolvedTarget } from '../../electron/core/providers/types';
import type { ChatMessage, Conversation } from '../../electron/shared/chat';
import type { Exchange } from '../../electron/shared/exchange';

let n = 0;

/** A conversation with sensible defaults; messages need only id, role and content. */
export function conversation(over: Partial<Omit<Conversation, 'messages'>> & { messages?: (Partial<ChatMessage> & Pick<ChatMessage, 'id' | 'role' | 'content'>)[] } = {}): Conversation {
  const { messages = [], ...rest } = over;
  return { id: `c${++n}`, title: 'A conversation', createdAt: 0, updatedAt: 0, providerId: 'together', model: 'emu-small', ...rest, messages: messages.map((m) => ({ createdAt: 0, ...m })) };
}

/** An exchange with sensible defaults (a 200 chat request unless told otherwise). */
export function exchange(over: Partial<Exchange> = {}): Exchange {
  return {
    id: `e${++n}`,
    startedAt: 0,
    purpose: 'chat',
    method: 'POST',
    url: 'https://api.example/v1/chat/completions',
    request: { headers: {} },
    response: { status: 200, statusText: 'OK', headers: {} },
    timing: { ttfbMs: 10, totalMs: 20 },
    state: 'done',
    auth: { header: 'Authorization', present: true, empty: false },
    ...over,
  };
}

/** A resolved target with sensible defaults (Together, a bearer key, default limits). */
export function resolvedTarget(over: Partial<ResolvedTarget> = {}): ResolvedTarget {
  return {
    providerId: 'together',
    protocol: 'openai-chat',
    baseUrl: 'https://api.together.xyz/v1',
    model: 'm',
    auth: { header: 'Authorization', scheme: 'bearer', requirement: 'required' },
    key: 'tgp_v1_abcdefghijklmnopqrstuvwxyz012345',
    headers: {},
    timeouts: DEFAULT_TIMEOUTS,
    ...over,
  };
}
