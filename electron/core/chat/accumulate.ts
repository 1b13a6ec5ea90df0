import type { ChatEvent, ProviderErrorInfo } from '../providers/types';
import type { FinishReason, ToolCall, Usage } from '../../shared/chat';

/** The answer so far, built from chat events. */
export interface Accumulated {
  text: string;
  reasoning: string;
  toolCalls: ToolCall[];
  usage?: Usage;
  finishReason?: FinishReason;
  error?: ProviderErrorInfo;
  /** The answer was declared complete: a finish reason or the protocol's end marker arrived. */
  complete: boolean;
  /** Events decoded, of any kind: none at all is an empty stream. */
  eventCount: number;
}

/** An empty answer. */
export function emptyAccumulated(): Accumulated {
  return { text: '', reasoning: '', toolCalls: [], complete: false, eventCount: 0 };
}

/** Folds one event into the answer (mutates for speed on the streaming path; returns it too). */
export function accumulate(acc: Accumulated, event: ChatEvent): Accumulated {
  acc.eventCount++;
  switch (event.type) {
    case 'text':
      acc.text += event.text;
      break;
    case 'reasoning':
      acc.reasoning += event.text;
      break;
    case 'tool-call-delta': {
      let call = acc.toolCalls[event.index];
      if (!call) {
        call = { id: '', name: '', arguments: '' };
        acc.toolCalls[event.index] = call;
      }
      if (event.id) call.id = event.id;
      if (event.name) call.name += call.name && call.name === event.name ? '' : event.name;
      if (event.arguments) call.arguments += event.arguments;
      if (event.signature) call.signature = event.signature;
      break;
    }
    case 'usage':
      acc.usage = { ...acc.usage, ...event.usage };
      break;
    case 'finish':
      acc.finishReason = event.reason;
      acc.complete = true;
      break;
    case 'end':
      acc.complete = true;
      break;
    case 'error':
      acc.error = event.error;
      break;
  }
  return acc;
}

/** Tool calls with holes (sparse indexes) removed. */
export function compactToolCalls(calls: ToolCall[]): ToolCall[] {
  return calls.filter((c): c is ToolCall => !!c);
}
