import { useEffect } from 'react';
import type { i18n } from 'i18next';
import { useStore } from '../store/store';
import { applyLanguage, resolveLanguage } from '../i18n/i18n';

/** Puts the theme and language preferences into effect (and follows the system's when set to it). */
export function useAppearance(instance: i18n): void {
  const preferences = useStore((s) => s.preferences);
  useEffect(() => {
    if (!preferences) return;
    document.documentElement.dataset.theme = preferences.theme;
    void applyLanguage(instance, resolveLanguage(preferences.language, navigator.languages));
  }, [preferences, instance]);
}
