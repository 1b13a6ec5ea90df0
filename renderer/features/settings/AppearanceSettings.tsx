import { ChoiceSelect } from '../../components/ChoiceSelect';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, THEMES } from '../../../electron/shared/preferences';
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
      <ChoiceSelect label={t('appearance.theme')} value={preferences.theme} choices={THEMES} choiceText={(theme) => t(`appearance.themes.${theme}`)} onChange={(theme) => void setPreferences({ theme })} />
      <ChoiceSelect label={t('appearance.language')} value={preferences.language} choices={LANGUAGES} choiceText={(language) => t(`appearance.languages.${language}`)} onChange={(language) => void setPreferences({ language })} />
    </section>
  );
}
