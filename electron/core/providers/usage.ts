import type { Usage } from '../../shared/chat';

/** A Usage with only the counts the provider gave, or undefined when it gave none. Pure. */
export function compactUsage(fields: { [K in keyof Usage]?: number | undefined }): Usage | undefined {
  // Some hosts send usage with every chunk, so this runs per token: a plain loop, no entry arrays.
  let usage: Usage | undefined;
  for (const key in fields) {
    const value = fields[key as keyof Usage];
    if (value !== undefined) (usage ??= {})[key as keyof Usage] = value;
  }
  return usage;
}
