import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProviderView } from '../../../electron/shared/provider';
import { useApp } from '../../app-context';
import { useStore } from '../../store/store';

/** Removes a provider the user defined, with its key and settings, after a confirmation. */
export function RemoveProvider({ provider }: { provider: ProviderView }) {
  const { t } = useTranslation();
  const { navigate } = useApp();
  const removeProvider = useStore((s) => s.removeProvider);
  const [error, setError] = useState<string>();
  const remove = async () => {
    if (!window.confirm(t('provider.confirmRemove', { name: provider.preset.name }))) return;
    const r = await removeProvider(provider.preset.id);
    if (r.ok) navigate({ view: 'settings' });
    else setError(r.message);
  };
  return (
    <div className="row danger-zone">
      <button type="button" className="danger" onClick={() => void remove()}>
        {t('provider.remove')}
      </button>
      {error && (
        <span role="alert" className="banner bad">
          {error}
        </span>
      )}
    </div>
  );
}
