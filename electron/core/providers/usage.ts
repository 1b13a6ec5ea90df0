import type { Usage } from '../../shared/chat';

/** A Usage with only the counts the provider gave, or undefined when it gave none. Pure. */
export function compactUsage(fields: { [K in keyof Usage]?: number | undefined }): Usage | undefined {
  const usage: Usage = {};
  for (const [key, value] of Object.entries(fields) as [keyof Usage, number | undefined][]) if (value !== undefined) usage[key] = value;
  return Object.keys(usage).length ? usage : undefined;
}
