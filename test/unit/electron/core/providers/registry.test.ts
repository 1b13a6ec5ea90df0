import { describe, expect, it } from 'vitest';
import { PRESETS, findPreset } from '../../../../../electron/core/providers/registry';

// The preset table of DESIGN.md (and the issue that added the Chinese providers): id, protocol, base URL, auth header, key variable.
const table: [string, string, string, string, string | undefined][] = [
  ['openai', 'openai-chat', 'https://api.openai.com/v1', 'Authorization', 'OPENAI_API_KEY'],
  ['anthropic', 'anthropic', 'https://api.anthropic.com', 'x-api-key', 'ANTHROPIC_API_KEY'],
  ['gemini', 'gemini', 'https://generativelanguage.googleapis.com/v1beta', 'x-goog-api-key', 'GEMINI_API_KEY'],
  ['ollama', 'ollama', 'http://localhost:11434', 'Authorization', 'OLLAMA_API_KEY'],
  ['azure', 'azure', 'https://{resource}.openai.azure.com/openai/v1', 'api-key', 'AZURE_OPENAI_API_KEY'],
  ['together', 'openai-chat', 'https://api.together.xyz/v1', 'Authorization', 'TOGETHER_API_KEY'],
  ['groq', 'openai-chat', 'https://api.groq.com/openai/v1', 'Authorization', 'GROQ_API_KEY'],
  ['openrouter', 'openai-chat', 'https://openrouter.ai/api/v1', 'Authorization', 'OPENROUTER_API_KEY'],
  ['mistral', 'openai-chat', 'https://api.mistral.ai/v1', 'Authorization', 'MISTRAL_API_KEY'],
  ['deepseek', 'openai-chat', 'https://api.deepseek.com', 'Authorization', 'DEEPSEEK_API_KEY'],
  ['xai', 'openai-chat', 'https://api.x.ai/v1', 'Authorization', 'XAI_API_KEY'],
  ['perplexity', 'openai-chat', 'https://api.perplexity.ai', 'Authorization', 'PERPLEXITY_API_KEY'],
  ['fireworks', 'openai-chat', 'https://api.fireworks.ai/inference/v1', 'Authorization', 'FIREWORKS_API_KEY'],
  ['gemini-openai', 'openai-chat', 'https://generativelanguage.googleapis.com/v1beta/openai', 'Authorization', 'GEMINI_API_KEY'],
  ['siliconflow', 'openai-chat', 'https://api.siliconflow.cn/v1', 'Authorization', 'SILICONFLOW_API_KEY'],
  ['moonshot', 'openai-chat', 'https://api.moonshot.cn/v1', 'Authorization', 'MOONSHOT_API_KEY'],
  ['zhipu', 'openai-chat', 'https://open.bigmodel.cn/api/paas/v4', 'Authorization', 'ZHIPUAI_API_KEY'],
  ['dashscope', 'openai-chat', 'https://dashscope.aliyuncs.com/compatible-mode/v1', 'Authorization', 'DASHSCOPE_API_KEY'],
  ['ark', 'openai-chat', 'https://ark.cn-beijing.volces.com/api/v3', 'Authorization', 'ARK_API_KEY'],
  ['qianfan', 'openai-chat', 'https://qianfan.baidubce.com/v2', 'Authorization', 'QIANFAN_API_KEY'],
  ['hunyuan', 'openai-chat', 'https://api.hunyuan.cloud.tencent.com/v1', 'Authorization', 'HUNYUAN_API_KEY'],
  ['minimax', 'openai-chat', 'https://api.minimaxi.com/v1', 'Authorization', 'MINIMAX_API_KEY'],
  ['lmstudio', 'openai-chat', 'http://localhost:1234/v1', 'Authorization', undefined],
  ['llamacpp', 'openai-chat', 'http://localhost:8080/v1', 'Authorization', undefined],
  ['vllm', 'openai-chat', 'http://localhost:8000/v1', 'Authorization', 'VLLM_API_KEY'],
  ['custom', 'openai-chat', '', 'Authorization', undefined],
];

describe('provider registry', () => {
  it('has exactly the presets of the design, with unique ids', () => {
    expect(PRESETS.map((p) => p.id)).toEqual(table.map((t) => t[0]));
  });
  it.each(table)('%s speaks %s at %s with %s and %s', (id, protocol, baseUrl, header, keyEnv) => {
    const p = findPreset(id)!;
    expect(p.protocol).toBe(protocol);
    expect(p.baseUrl).toBe(baseUrl);
    expect(p.auth.header).toBe(header);
    expect(p.keyEnv).toBe(keyEnv);
  });
  it('knows which hosts need no key', () => {
    expect(findPreset('lmstudio')!.auth.requirement).toBe('none');
    expect(findPreset('ollama')!.auth.requirement).toBe('optional');
    expect(findPreset('together')!.auth.requirement).toBe('required');
  });
  it('gives every regional provider its default region first and distinct hosts', () => {
    for (const p of PRESETS.filter((x) => x.regions)) {
      expect(p.regions![0]!.baseUrl).toBe(p.baseUrl);
      expect(new Set(p.regions!.map((r) => new URL(r.baseUrl).host)).size).toBe(p.regions!.length);
    }
    expect(findPreset('moonshot')!.regions!.map((r) => r.baseUrl)).toEqual(['https://api.moonshot.cn/v1', 'https://api.moonshot.ai/v1']);
  });
});
