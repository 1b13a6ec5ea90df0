import { anthropic } from './anthropic';
import { azure } from './azure';
import { gemini } from './gemini';
import { ollama } from './ollama';
import { openAiChat } from './openai-chat';
import { openAiResponses } from './openai-responses';
import type { ProtocolAdapter } from './types';
import type { Protocol } from '../../shared/protocols';

const adapters: Record<Protocol, ProtocolAdapter> = {
  'openai-chat': openAiChat,
  'openai-responses': openAiResponses,
  anthropic,
  gemini,
  ollama,
  azure,
};

/** The adapter for a protocol. */
export function adapterFor(protocol: Protocol): ProtocolAdapter {
  return adapters[protocol];
}

/** Protocols this build can speak (all of them). */
export function supportedProtocols(): Protocol[] {
  return Object.keys(adapters) as Protocol[];
}
