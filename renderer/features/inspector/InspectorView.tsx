import { useMemo, useState } from 'react';
import { useStore } from '../../store/store';
import { ExchangeDetail } from './ExchangeDetail';
import { ExchangeList } from './ExchangeList';
import { InspectorToolbar } from './InspectorToolbar';
import { filterExchanges, toRow, type ExchangeFilter } from './exchange-view';

/** The network tab: every exchange, filterable, with a redacted detail view. */
export function InspectorView({ selectedId }: { selectedId: string | undefined }) {
  const exchanges = useStore((s) => s.exchanges);
  const [filter, setFilter] = useState<ExchangeFilter>({ text: '', providerId: '', statusClass: '' });
  const rows = useMemo(() => filterExchanges(exchanges, filter).map(toRow), [exchanges, filter]);
  const selectedState = exchanges.find((e) => e.id === selectedId)?.state ?? '';
  return (
    <div className="inspector">
      <InspectorToolbar filter={filter} onFilter={setFilter} shown={rows} total={exchanges.length} />
      <div className="inspector-body">
        <ExchangeList rows={rows} selectedId={selectedId} empty={exchanges.length === 0} />
        {selectedId && <ExchangeDetail id={selectedId} key={`${selectedId}:${selectedState}`} />}
      </div>
    </div>
  );
}
