import type { WireMessage } from './types';

/** The system prompt(s) as one text, for protocols that take it apart from the turns. Pure. */
export function systemText(messages: readonly WireMessage[]): string {
  return messages
    .filter((m) => m.role === 'system')
    .map((m) => m.content)
    .join('\n\n');
}

/** The turns without system messages. Pure. */
export function withoutSystem(messages: readonly WireMessage[]): WireMessage[] {
  return messages.filter((m) => m.role !== 'system');
}
