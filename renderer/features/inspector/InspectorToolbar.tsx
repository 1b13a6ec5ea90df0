import { useTranslation } from 'react-i18next';
import { ProviderOptions } from '../../components/ProviderOptions';
import { downloadText, stamp } from '../../components/download';
import { useStore } from '../../store/store';
import type { ExchangeFilter, ExchangeRow, StatusClass } from './exchange-view';
import { NetlogSettings } from './NetlogSettings';

const STATUS_CLASSES: StatusClass[] = ['2xx', '3xx', '4xx', '5xx', 'failed'];

/** Filters (text, provider, status class), HAR export of what is shown, clear, log settings. */
export function InspectorToolbar({ filter, onFilter, shown, total }: { filter: ExchangeFilter; onFilter(f: ExchangeFilter): void; shown: ExchangeRow[]; total: number }) {
  const { t } = useTranslation();
  const providers = useStore((s) => s.providers);
  const exportHar = useStore((s) => s.exportHar);
  const clearNetlog = useStore((s) => s.clearNetlog);
  const download = async () => {
    const har = await exportHar(shown.map((row) => row.id));
    if (har) downloadText(`switchboard-${stamp()}.har`, har);
  };
  return (
    <div className="toolbar" role="search">
      <label>
        {t('inspector.filter')}
        <input type="search" value={filter.text} onChange={(e) => onFilter({ ...filter, text: e.target.value })} placeholder={t('inspector.filterPlaceholder')} />
      </label>
      <label>
        {t('inspector.provider')}
        <select value={filter.providerId} onChange={(e) => onFilter({ ...filter, providerId: e.target.value })}>
          <option value="">{t('common.all')}</option>
          <ProviderOptions providers={providers} />
        </select>
      </label>
      <label>
        {t('inspector.status')}
        <select value={filter.statusClass} onChange={(e) => onFilter({ ...filter, statusClass: e.target.value as StatusClass | '' })}>
          <option value="">{t('common.all')}</option>
          {STATUS_CLASSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => void download()} disabled={shown.length === 0}>
        {t('inspector.exportHar')}
      </button>
      <button type="button" onClick={() => void clearNetlog()}>
        {t('inspector.clear')}
      </button>
      <NetlogSettings />
      <span className="muted">{t('inspector.shown', { shown: shown.length, total })}</span>
    </div>
  );
}
