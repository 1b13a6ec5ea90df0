import { describe, expect, it } from 'vitest';
import { compactUsage } from '../../../../../electron/core/providers/usage';

describe('compactUsage', () => {
  it('keeps exactly the counts the provider gave, zeros included', () => {
    expect(compactUsage({ inputTokens: 12, outputTokens: undefined, totalTokens: 0 })).toEqual({ inputTokens: 12, totalTokens: 0 });
  });

  it('keeps every field of Usage', () => {
    const all = { inputTokens: 1, outputTokens: 2, totalTokens: 3, reasoningTokens: 4, generationMs: 5 };
    expect(compactUsage(all)).toEqual(all);
  });

  it('is undefined when no count was given', () => {
    expect(compactUsage({ inputTokens: undefined, outputTokens: undefined })).toBeUndefined();
  });
});
