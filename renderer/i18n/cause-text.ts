import type { CauseId, CauseInfo } from '../../electron/shared/causes';

type CauseText = Pick<CauseInfo, 'title' | 'explanation' | 'fix'>;
let translated: Partial<Record<string, Record<string, CauseText>>> = {};

/** Registers a language's translations of the cause catalogs, providers' and MCP's (loaded with that language). */
export function registerCauseText(language: string, text: Record<CauseId, CauseText> & Record<string, CauseText>): void {
  translated = { ...translated, [language]: text };
}

/** A cause in the interface language: its translation, else the catalog's English (the one source). */
export function causeText(id: string, language: string, catalog: CauseText | undefined): CauseText | undefined {
  return translated[language]?.[id] ?? catalog;
}
