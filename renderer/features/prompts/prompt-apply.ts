import type { SavedPrompt } from '../../../electron/shared/preferences';
import type { ConversationChange } from '../../store/state';

/** The conversation change a preset makes (only what it sets). Pure. */
export function presetChange(prompt: SavedPrompt): ConversationChange | undefined {
  const change: ConversationChange = {
    ...(prompt.system !== undefined ? { system: prompt.system } : {}),
    ...(prompt.providerId ? { providerId: prompt.providerId } : {}),
    ...(prompt.model ? { model: prompt.model } : {}),
    ...(prompt.params ? { params: { ...(prompt.params.temperature !== undefined ? { temperature: prompt.params.temperature } : {}), ...(prompt.params.maxTokens !== undefined ? { maxTokens: prompt.params.maxTokens } : {}) } } : {}),
  };
  return Object.keys(change).length ? change : undefined;
}

/** Saved prompts whose name matches what follows a leading `/` in the message box, or undefined when there is no `/`. Pure. */
export function slashMatches(prompts: readonly SavedPrompt[], text: string): SavedPrompt[] | undefined {
  const m = /^\/(\S*)$/.exec(text);
  if (!m) return undefined;
  const q = m[1]!.toLowerCase();
  return prompts.filter((p) => p.text && p.name.toLowerCase().includes(q));
}
