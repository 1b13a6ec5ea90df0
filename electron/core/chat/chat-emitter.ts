import type { ChatEvent } from '../providers/types';
import { createStreamScrubber, type SecretSet } from '../net/secret-set';
import { accumulate, emptyAccumulated, type Accumulated } from './accumulate';

/** Folds chat events into an answer and passes them on, with every secret masked on the way. */
export interface ChatEmitter {
  acc: Accumulated;
  emit(event: ChatEvent): void;
  /** Releases text held back because it could have been the start of a secret. */
  flush(): void;
}

/**
 * Some hosts echo the key in the answer itself: text and reasoning pass a stream scrubber each (a
 * key split across chunks is still caught) before anything accumulates or reaches a listener.
 */
export function createChatEmitter(secrets: SecretSet, onEvent?: (event: ChatEvent) => void): ChatEmitter {
  const acc = emptyAccumulated();
  const text = createStreamScrubber(secrets);
  const reasoning = createStreamScrubber(secrets);
  const deliver = (event: ChatEvent) => {
    accumulate(acc, event);
    onEvent?.(event);
  };
  return {
    acc,
    emit(event) {
      if (event.type !== 'text' && event.type !== 'reasoning') return deliver(event);
      const safe = (event.type === 'text' ? text : reasoning).push(event.text);
      // An empty piece is still an event: an answer made only of held-back text is not an empty stream.
      if (safe) deliver({ ...event, text: safe });
      else acc.eventCount++;
    },
    flush() {
      const restText = text.end();
      const restReasoning = reasoning.end();
      if (restText) deliver({ type: 'text', text: restText });
      if (restReasoning) deliver({ type: 'reasoning', text: restReasoning });
    },
  };
}
