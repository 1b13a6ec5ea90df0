/** The window's colours: following the system, or fixed. */
export const THEMES = ['system', 'light', 'dark'] as const;
/** The interface language: following the system, or fixed. */
export const LANGUAGES = ['system', 'en', 'zh-CN'] as const;

/** How the app looks and speaks. */
export interface Preferences {
  theme: (typeof THEMES)[number];
  language: (typeof LANGUAGES)[number];
}

/** A saved prompt or preset: text to insert, and/or a system prompt, provider, model and sampling to apply. */
export interface SavedPrompt {
  id: string;
  name: string;
  /** Inserted into the message box (by `/name` or from the library). */
  text?: string;
  system?: string;
  providerId?: string;
  model?: string;
  params?: { temperature?: number; maxTokens?: number };
}
