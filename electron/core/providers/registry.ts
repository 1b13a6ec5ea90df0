import type { AuthSpec, ProviderPreset } from '../../shared/provider';

const bearer = (requirement: AuthSpec['requirement'] = 'required'): AuthSpec => ({
  header: 'Authorization',
  scheme: 'bearer',
  requirement,
});

const openaiCompatible = (
  id: string,
  name: string,
  baseUrl: string,
  keyEnv: string | undefined,
  keyPrefixes: string[],
  exampleModel: string,
  extra: Partial<ProviderPreset> = {},
): ProviderPreset => ({
  id,
  name,
  protocol: 'openai-chat',
  baseUrl,
  auth: bearer(),
  ...(keyEnv ? { keyEnv } : {}),
  keyPrefixes,
  local: false,
  exampleModel,
  ...extra,
});

/** Every provider Switchboard ships, as data. Ids are stable: settings, CLI and tests use them. */
export const PRESETS: readonly ProviderPreset[] = [
  openaiCompatible('openai', 'OpenAI', 'https://api.openai.com/v1', 'OPENAI_API_KEY', ['sk-proj-', 'sk-svcacct-', 'sk-'], 'gpt-4o-mini'),
  {
    id: 'anthropic',
    name: 'Anthropic',
    protocol: 'anthropic',
    baseUrl: 'https://api.anthropic.com',
    auth: { header: 'x-api-key', scheme: 'raw', requirement: 'required' },
    keyEnv: 'ANTHROPIC_API_KEY',
    keyPrefixes: ['sk-ant-'],
    local: false,
    exampleModel: 'claude-sonnet-4-5',
  },
  {
    id: 'gemini',
    name: 'Google Gemini',
    protocol: 'gemini',
    baseUrl: 'https://generativelanguage.googleapis.com/v1beta',
    auth: { header: 'x-goog-api-key', scheme: 'raw', requirement: 'required' },
    keyEnv: 'GEMINI_API_KEY',
    keyPrefixes: ['AIza'],
    local: false,
    exampleModel: 'gemini-2.5-flash',
  },
  {
    id: 'ollama',
    name: 'Ollama',
    protocol: 'ollama',
    baseUrl: 'http://localhost:11434',
    auth: bearer('optional'),
    keyEnv: 'OLLAMA_API_KEY',
    keyPrefixes: [],
    local: true,
    exampleModel: 'llama3.2',
  },
  {
    id: 'azure',
    name: 'Azure OpenAI',
    protocol: 'azure',
    baseUrl: 'https://{resource}.openai.azure.com/openai/v1',
    auth: { header: 'api-key', scheme: 'raw', requirement: 'required' },
    keyEnv: 'AZURE_OPENAI_API_KEY',
    keyPrefixes: [],
    local: false,
    exampleModel: 'gpt-4o-mini',
  },
  openaiCompatible('together', 'Together AI', 'https://api.together.xyz/v1', 'TOGETHER_API_KEY', ['tgp_v1_'], 'meta-llama/Llama-3.3-70B-Instruct-Turbo'),
  openaiCompatible('groq', 'Groq', 'https://api.groq.com/openai/v1', 'GROQ_API_KEY', ['gsk_'], 'llama-3.3-70b-versatile'),
  openaiCompatible('openrouter', 'OpenRouter', 'https://openrouter.ai/api/v1', 'OPENROUTER_API_KEY', ['sk-or-'], 'openai/gpt-4o-mini'),
  openaiCompatible('mistral', 'Mistral', 'https://api.mistral.ai/v1', 'MISTRAL_API_KEY', [], 'mistral-small-latest'),
  openaiCompatible('deepseek', 'DeepSeek', 'https://api.deepseek.com', 'DEEPSEEK_API_KEY', [], 'deepseek-chat'),
  openaiCompatible('xai', 'xAI', 'https://api.x.ai/v1', 'XAI_API_KEY', ['xai-'], 'grok-3-mini'),
  openaiCompatible('perplexity', 'Perplexity', 'https://api.perplexity.ai', 'PERPLEXITY_API_KEY', ['pplx-'], 'sonar'),
  openaiCompatible('fireworks', 'Fireworks', 'https://api.fireworks.ai/inference/v1', 'FIREWORKS_API_KEY', ['fw_'], 'accounts/fireworks/models/llama-v3p1-8b-instruct'),
  openaiCompatible('lmstudio', 'LM Studio', 'http://localhost:1234/v1', undefined, [], 'local-model', {
    auth: bearer('none'),
    local: true,
  }),
  openaiCompatible('llamacpp', 'llama.cpp server', 'http://localhost:8080/v1', undefined, [], 'default', {
    auth: bearer('optional'),
    local: true,
  }),
  openaiCompatible('vllm', 'vLLM', 'http://localhost:8000/v1', 'VLLM_API_KEY', [], 'default', {
    auth: bearer('optional'),
    local: true,
  }),
  openaiCompatible('custom', 'Custom host', '', undefined, [], '', { auth: bearer('optional') }),
];

/** The preset with this id, or undefined. */
export function findPreset(id: string): ProviderPreset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/** Auth spec for a protocol when a preset's protocol is overridden (custom host, gateways). */
export function authForProtocol(protocol: ProviderPreset['protocol'], fallback: AuthSpec): AuthSpec {
  switch (protocol) {
    case 'anthropic':
      return { header: 'x-api-key', scheme: 'raw', requirement: fallback.requirement };
    case 'gemini':
      return { header: 'x-goog-api-key', scheme: 'raw', requirement: fallback.requirement };
    case 'azure':
      return { header: 'api-key', scheme: 'raw', requirement: fallback.requirement };
    default:
      return { header: 'Authorization', scheme: 'bearer', requirement: fallback.requirement };
  }
}
