import type { WebContents } from './web-contents';

/** Calls from windows into the app object, set by app.ts (kept apart to avoid an import cycle). */
export const lifecycleHooks = {
  contentsCreated: (_contents: WebContents): void => undefined,
  allWindowsClosed: (): void => undefined,
};
