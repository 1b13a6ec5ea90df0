import { useTranslation } from 'react-i18next';
import type { ProviderRegion } from '../../../electron/shared/provider';
import { regionOf } from '../../../electron/shared/regions';

/**
 * The platform a provider's key comes from, for providers with one per region: choosing one sets
 * the base URL to that region's endpoint. "Other" stands for a base URL that is none of them.
 */
export function RegionSelect({ regions, baseUrl, onChange }: { regions: readonly ProviderRegion[]; baseUrl: string; onChange(url: string): void }) {
  const { t } = useTranslation();
  const current = regionOf(regions, baseUrl);
  return (
    <label>
      {t('provider.region')}
      <select value={current?.id ?? ''} onChange={(e) => onChange(regions.find((r) => r.id === e.target.value)?.baseUrl ?? baseUrl)}>
        {!current && <option value="">{t('provider.regionOther')}</option>}
        {regions.map((r) => (
          <option key={r.id} value={r.id}>
            {r.id === 'cn' || r.id === 'intl' ? t(`provider.regionNames.${r.id}`) : r.name} — {new URL(r.baseUrl).host}
          </option>
        ))}
      </select>
      <span className="muted small">{t('provider.regionNote')}</span>
    </label>
  );
}
