import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Preferences } from '../../electron/shared/preferences';
import { en } from './en';
import { registerCauseText } from './cause-text';

/** The languages the interface speaks. */
export type UiLanguage = 'en' | 'zh-CN';

/** The language to show for a preference and the system's languages (Chinese variants read as 简体中文). Pure. */
export function resolveLanguage(preference: Preferences['language'], systemLanguages: readonly string[]): UiLanguage {
  if (preference !== 'system') return preference;
  for (const lang of systemLanguages) {
    const l = lang.toLowerCase();
    if (l.startsWith('zh')) return 'zh-CN';
    if (l.startsWith('en')) return 'en';
  }
  return 'en';
}

/** Creates the i18next instance: English bundled, Simplified Chinese loaded when first needed. */
export function createI18n(): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    resources: { en: { translation: en } },
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  return instance;
}

// The language last asked for, per instance: a switch that waited for its catalog while another
// was asked for is dropped, so the last choice wins.
const requested = new WeakMap<i18n, UiLanguage>();

/**
 * Switches the interface language, loading its catalog first if needed. Asking for the language
 * already shown changes nothing: i18next would still announce a change, and every translated
 * component would render again (at each start, when the preferences arrive).
 */
export async function applyLanguage(instance: i18n, language: UiLanguage): Promise<void> {
  requested.set(instance, language);
  if (instance.language !== language) {
    if (language === 'zh-CN' && !instance.hasResourceBundle('zh-CN', 'translation')) {
      const { zhCN, causesZhCN, mcpCausesZhCN } = await import('./zh-CN');
      instance.addResourceBundle('zh-CN', 'translation', zhCN);
      registerCauseText('zh-CN', { ...causesZhCN, ...mcpCausesZhCN });
      if (requested.get(instance) !== language) return;
    }
    await instance.changeLanguage(language);
  }
  document.documentElement.lang = language;
}
