import { ChoiceSelect } from '../../components/ChoiceSelect';
import { useTranslation } from 'react-i18next';
import { LOG_LEVELS } from '../../../electron/shared/exchange';
import { useStore } from '../../store/store';

/** Log level (like gptel-log-level) and the caps that bound the log's memory. */
export function NetlogSettings() {
  const { t } = useTranslation();
  const settings = useStore((s) => s.netlogSettings);
  const change = useStore((s) => s.changeNetlogSettings);
  if (!settings) return null;
  return (
    <details className="netlog-settings-box">
      <summary>{t('inspector.logSettings')}</summary>
      <div className="netlog-settings">
        <ChoiceSelect label={t('inspector.logLevel')} value={settings.level} choices={LOG_LEVELS} choiceText={(level) => t(`inspector.levels.${level}`)} onChange={(level) => void change({ level })} />
        <label>
          {t('inspector.keepAtMost')}
          <input type="number" min={10} max={100000} value={settings.maxEntries} onChange={(e) => Number(e.target.value) >= 10 && void change({ maxEntries: Number(e.target.value) })} />
        </label>
        <label>
          {t('inspector.bodyCap')}
          <input type="number" min={0} max={50000000} step={1024} value={settings.maxBodyChars} onChange={(e) => Number(e.target.value) >= 0 && void change({ maxBodyChars: Number(e.target.value) })} />
        </label>
      </div>
    </details>
  );
}
