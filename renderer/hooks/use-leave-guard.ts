import { useTranslation } from 'react-i18next';
import { useStoreApi } from '../store/store';

/** Asks before leaving settings with unsaved edits; true when it is fine to go. */
export function useLeaveGuard(): () => boolean {
  const { t } = useTranslation();
  const store = useStoreApi();
  return () => {
    const unsaved = store.getState().settingsUnsaved;
    return !unsaved || window.confirm(t('settings.unsavedLeave', { provider: unsaved }));
  };
}
