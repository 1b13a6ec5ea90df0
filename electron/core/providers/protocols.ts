import { AppError } from '../errors';
import { openAiChat } from './openai-chat';
import type { Protocol, ProtocolAdapter } from './types';

// Azure's v1 API is Chat Completions with its own auth header; the header comes from the target.
const azure: ProtocolAdapter = { ...openAiChat, protocol: 'azure' };

const adapters: Partial<Record<Protocol, ProtocolAdapter>> = { 'openai-chat': openAiChat, azure };

/** The adapter for a protocol, or a clear error for one this build does not speak yet. */
export function adapterFor(protocol: Protocol): ProtocolAdapter {
  const adapter = adapters[protocol];
  if (!adapter) throw new AppError('protocol-unsupported', `The ${protocol} protocol is not supported in this version of Switchboard yet.`);
  return adapter;
}

/** Protocols this build can speak. */
export function supportedProtocols(): Protocol[] {
  return Object.keys(adapters) as Protocol[];
}
