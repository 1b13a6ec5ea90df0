import { useTranslation } from 'react-i18next';
import { DEFAULT_TIMEOUT_SECONDS } from '../../../electron/shared/provider';

/** How long to wait for this provider: for an answer to begin, and between its pieces (empty: the default). */
export function TimeoutFields(props: { firstByteS: string; idleS: string; onFirstByte(v: string): void; onIdle(v: string): void }) {
  const { t } = useTranslation();
  return (
    <div className="row">
      <label>
        {t('provider.timeouts.firstByte')}
        <input type="number" min={1} max={3600} step={1} placeholder={String(DEFAULT_TIMEOUT_SECONDS.firstByteS)} value={props.firstByteS} onChange={(e) => props.onFirstByte(e.target.value)} />
      </label>
      <label>
        {t('provider.timeouts.idle')}
        <input type="number" min={1} max={3600} step={1} placeholder={String(DEFAULT_TIMEOUT_SECONDS.idleS)} value={props.idleS} onChange={(e) => props.onIdle(e.target.value)} />
      </label>
    </div>
  );
}
