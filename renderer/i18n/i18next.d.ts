import 'i18next';
import type { en } from './en';

// Typed keys: t('chat.send') compiles, t('chat.sned') does not.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
