import type { Usage } from '../../shared/chat';

// Fails to compile when Usage gains a field that compactUsage below does not copy.
type MustBeNever<T extends never> = T;
export type UsageFieldsNotCopied = MustBeNever<Exclude<keyof Usage, 'inputTokens' | 'outputTokens' | 'totalTokens' | 'reasoningTokens' | 'generationMs'>>;

/** A Usage with only the counts the provider gave, or undefined when it gave none. Pure. */
export function compactUsage(fields: { [K in keyof Usage]?: number | undefined }): Usage | undefined {
  // Some hosts (Gemini) send usage with every chunk, so this runs per token: one named store per
  // field, in a fixed order, keeps the objects on one shape (a for-in with computed keys took
  // about a tenth of Gemini's decoding).
  let usage: Usage | undefined;
  if (fields.inputTokens !== undefined) (usage ??= {}).inputTokens = fields.inputTokens;
  if (fields.outputTokens !== undefined) (usage ??= {}).outputTokens = fields.outputTokens;
  if (fields.totalTokens !== undefined) (usage ??= {}).totalTokens = fields.totalTokens;
  if (fields.reasoningTokens !== undefined) (usage ??= {}).reasoningTokens = fields.reasoningTokens;
  if (fields.generationMs !== undefined) (usage ??= {}).generationMs = fields.generationMs;
  return usage;
}
