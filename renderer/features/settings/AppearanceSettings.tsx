import { useTranslation } from 'react-i18next';
import { LANGUAGES, THEMES, type Preferences } from '../../../electron/shared/preferences';
import { useStore } from '../../store/store';

/** Theme (System, Light, Dark) and interface language (System, English, 简体中文), applied at once. */
export function AppearanceSettings() {
  const { t } = useTranslation();
  const preferences = useStore((s) => s.preferences);
  const setPreferences = useStore((s) => s.setPreferences);
  if (!preferences) return null;
  return (
    <section className="provider-form" aria-label={t('appearance.section')}>
      <h2>{t('appearance.title')}</h2>
      <label>
        {t('appearance.theme')}
        <select value={preferences.theme} onChange={(e) => void setPreferences({ theme: e.target.value as Preferences['theme'] })}>
          {THEMES.map((theme) => (
            <option key={theme} value={theme}>
              {t(`appearance.themes.${theme}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('appearance.language')}
        <select value={preferences.language} onChange={(e) => void setPreferences({ language: e.target.value as Preferences['language'] })}>
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`appearance.languages.${language}`)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
