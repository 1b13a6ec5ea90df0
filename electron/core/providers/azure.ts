import type { ProtocolAdapter, ResolvedTarget } from './types';
import { openAiChat } from './openai-chat';

/** The api-version sent on the legacy deployment path when the base URL names none. */
export const AZURE_DEFAULT_API_VERSION = '2024-10-21';

/**
 * Where an Azure request goes. The v1 API (`.../openai/v1`) takes OpenAI's paths as they are; the
 * legacy deployment path (`.../openai/deployments/{name}`) needs `api-version` on every request.
 * An `api-version` already in the base URL is kept.
 */
export function azureUrl(baseUrl: string, path: '/chat/completions' | '/models'): string {
  const [base = '', query = ''] = baseUrl.trim().split('?', 2);
  const params = new URLSearchParams(query);
  const trimmed = base.replace(/\/+$/, '');
  if (/\/deployments\/[^/]+$/.test(trimmed)) {
    if (!params.has('api-version')) params.set('api-version', AZURE_DEFAULT_API_VERSION);
    // The model list is per resource, not per deployment.
    const root = path === '/models' ? trimmed.replace(/\/deployments\/[^/]+$/, '') : trimmed;
    return `${root}${path}?${params.toString()}`;
  }
  return `${trimmed}${path}${params.size ? `?${params.toString()}` : ''}`;
}

function withUrl(target: ResolvedTarget, build: (t: ResolvedTarget) => { url: string }, path: '/chat/completions' | '/models') {
  return { ...build(target), url: azureUrl(target.baseUrl, path) };
}

/** Azure OpenAI: Chat Completions with the `api-key` header and Azure's two path styles. */
export const azure: ProtocolAdapter = {
  ...openAiChat,
  protocol: 'azure',
  chatRequest(target, messages, stream, options, tools) {
    return withUrl(target, (t) => openAiChat.chatRequest(t, messages, stream, options, tools), '/chat/completions') as ReturnType<ProtocolAdapter['chatRequest']>;
  },
  modelsRequest(target) {
    return withUrl(target, (t) => openAiChat.modelsRequest(t), '/models') as ReturnType<ProtocolAdapter['modelsRequest']>;
  },
};
