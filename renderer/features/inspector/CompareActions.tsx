import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../store/store';
import { ComparisonView } from './ComparisonView';

/** Pin an exchange, then compare another with it, or compare this one with an entry of a HAR file. */
export function CompareActions({ id }: { id: string }) {
  const { t } = useTranslation();
  const pin = useStore((s) => s.comparePin);
  const setPin = useStore((s) => s.setComparePin);
  const compare = useStore((s) => s.compare);
  const [shown, setShown] = useState<Exclude<Awaited<ReturnType<typeof compare>>, { error: string }>>();
  const [error, setError] = useState<string>();
  const show = (r: Awaited<ReturnType<typeof compare>>) => ('error' in r ? setError(r.error) : setShown(r));
  const fromHar = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) show(await compare({ a: id, har: await file.text() }));
  };
  return (
    <>
      <div className="row">
        {pin && pin !== id ? (
          <button type="button" onClick={() => void compare({ a: pin, b: id }).then(show)}>
            {t('compare.withPinned')}
          </button>
        ) : (
          <button type="button" aria-pressed={pin === id} onClick={() => setPin(pin === id ? undefined : id)}>
            {t('compare.pin')}
          </button>
        )}
        <label className="button-like">
          {t('compare.withHar')}
          <input type="file" accept=".har,.json,application/json" className="visually-hidden" onChange={(e) => void fromHar(e)} />
        </label>
      </div>
      {pin === id && <p className="small muted">{t('compare.pinned')}</p>}
      {error && (
        <p role="alert" className="small warn">
          {error}
        </p>
      )}
      {shown && <ComparisonView comparison={shown.comparison} a={shown.a} b={shown.b} onClose={() => setShown(undefined)} />}
    </>
  );
}
