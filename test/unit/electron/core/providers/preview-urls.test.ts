import { describe, expect, it } from 'vitest';
import { previewUrls } from '../../../../../electron/core/providers/preview-urls';
import { resolveTarget } from '../../../../../electron/core/providers/provider-settings';
import { findPreset } from '../../../../../electron/core/providers/registry';

const preview = (id: string, baseUrl: string, protocol?: 'anthropic') => previewUrls(resolveTarget(findPreset(id)!, { baseUrl, ...(protocol ? { protocol } : {}) }, undefined, 'm-1'));

describe('URL preview before saving', () => {
  it('shows the final chat and model-list URLs for each protocol', () => {
    expect(preview('together', 'https://api.together.xyz/v1/')).toEqual({ chatUrl: 'https://api.together.xyz/v1/chat/completions', modelsUrl: 'https://api.together.xyz/v1/models', causes: [] });
    expect(preview('gemini', 'https://generativelanguage.googleapis.com/v1beta').chatUrl).toBe('https://generativelanguage.googleapis.com/v1beta/models/m-1:streamGenerateContent?alt=sse');
    expect(preview('custom', 'https://gw.example/anthropic', 'anthropic').chatUrl).toBe('https://gw.example/anthropic/v1/messages');
  });
  it('names the problem and suggests the repaired base URL', () => {
    expect(preview('together', 'api.together.xyz/v1')).toMatchObject({ suggestedBaseUrl: 'https://api.together.xyz/v1', causes: ['host-no-scheme'] });
    expect(preview('together', 'https://api.together.xyz/v1/chat/completions')).toMatchObject({ suggestedBaseUrl: 'https://api.together.xyz/v1', causes: ['path-duplicated'] });
  });
});
