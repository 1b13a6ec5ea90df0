import i18next, { type TFunction } from 'i18next';
import { en } from '../../renderer/i18n/en';
import { zhCN } from '../../renderer/i18n/zh-CN';

/** A `t` for pure view functions under test, in English or Simplified Chinese. */
export function testT(language: 'en' | 'zh-CN' = 'en'): TFunction {
  const instance = i18next.createInstance();
  void instance.init({ lng: language, fallbackLng: 'en', resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } }, interpolation: { escapeValue: false }, initAsync: false });
  return instance.t;
}
