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

const CN = 'China mainland';
const INTL = 'International';
const regions = (cn: string, intl: string) => [
  { id: 'cn', name: CN, baseUrl: cn },
  { id: 'intl', name: INTL, baseUrl: intl },
];

/**
 * The providers Chinese users rely on, through their OpenAI-compatible endpoints. Where a provider
 * runs separate platforms per region, a key works only on the platform that issued it (DashScope
 * documents it; Moonshot, SiliconFlow, MiniMax and Zhipu/Z.ai answer 401 across regions), so the
 * doctor can try the other region when a well-formed key is refused.
 */
const CHINA_PRESETS: ProviderPreset[] = [
  openaiCompatible('siliconflow', 'SiliconFlow', 'https://api.siliconflow.cn/v1', 'SILICONFLOW_API_KEY', [], 'Qwen/Qwen2.5-7B-Instruct', { regions: regions('https://api.siliconflow.cn/v1', 'https://api.siliconflow.com/v1') }),
  openaiCompatible('moonshot', 'Moonshot AI (Kimi)', 'https://api.moonshot.cn/v1', 'MOONSHOT_API_KEY', [], 'kimi-k2-0905-preview', { regions: regions('https://api.moonshot.cn/v1', 'https://api.moonshot.ai/v1') }),
  openaiCompatible('zhipu', 'Zhipu AI / Z.ai (GLM)', 'https://open.bigmodel.cn/api/paas/v4', 'ZHIPUAI_API_KEY', [], 'glm-4.5-flash', { regions: regions('https://open.bigmodel.cn/api/paas/v4', 'https://api.z.ai/api/paas/v4') }),
  openaiCompatible('dashscope', 'Alibaba Cloud Bailian (DashScope / Qwen)', 'https://dashscope.aliyuncs.com/compatible-mode/v1', 'DASHSCOPE_API_KEY', [], 'qwen-plus', {
    regions: regions('https://dashscope.aliyuncs.com/compatible-mode/v1', 'https://dashscope-intl.aliyuncs.com/compatible-mode/v1'),
  }),
  openaiCompatible('ark', 'Volcengine Ark (Doubao)', 'https://ark.cn-beijing.volces.com/api/v3', 'ARK_API_KEY', [], 'doubao-seed-1-6-250615', {
    regions: [
      { id: 'cn', name: CN, baseUrl: 'https://ark.cn-beijing.volces.com/api/v3' },
      { id: 'intl', name: `${INTL} (BytePlus)`, baseUrl: 'https://ark.ap-southeast.bytepluses.com/api/v3' },
    ],
  }),
  openaiCompatible('qianfan', 'Baidu Qianfan (ERNIE)', 'https://qianfan.baidubce.com/v2', 'QIANFAN_API_KEY', ['bce-v3/'], 'ernie-4.5-turbo-128k'),
  openaiCompatible('hunyuan', 'Tencent Hunyuan', 'https://api.hunyuan.cloud.tencent.com/v1', 'HUNYUAN_API_KEY', [], 'hunyuan-turbos-latest'),
  openaiCompatible('minimax', 'MiniMax', 'https://api.minimaxi.com/v1', 'MINIMAX_API_KEY', [], 'MiniMax-M1', { regions: regions('https://api.minimaxi.com/v1', 'https://api.minimax.io/v1') }),
];

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
  openaiCompatible('gemini-openai', 'Google Gemini (OpenAI-compatible)', 'https://generativelanguage.googleapis.com/v1beta/openai', 'GEMINI_API_KEY', ['AIza'], 'gemini-2.5-flash'),
  ...CHINA_PRESETS,
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
