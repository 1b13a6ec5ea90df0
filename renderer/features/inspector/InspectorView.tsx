import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../../app-context';
import { McpLogView } from './McpLogView';
import { useStore } from '../../store/store';
import { ExchangeDetail } from './ExchangeDetail';
import { ExchangeList } from './ExchangeList';
import { InspectorToolbar } from './InspectorToolbar';
import { filterExchanges, toRow, type ExchangeFilter } from './exchange-view';

/** True for a route parameter of the MCP view (`mcp`, `mcp:<entry>`, `mcp-call:<call>`). Pure. */
export function isMcpParam(param: string | undefined): param is string {
  return !!param && /^mcp(?:$|:|-call:)/.test(param);
}

/** The network tab: HTTP exchanges or the MCP log, switched by two tabs. */
export function InspectorView({ selectedId }: { selectedId: string | undefined }) {
  const { t } = useTranslation();
  const { navigate } = useApp();
  const mcp = isMcpParam(selectedId);
  return (
    <div className="inspector">
      <div className="view-switch" role="group" aria-label={t('inspector.views.label')}>
        <button type="button" aria-pressed={!mcp} onClick={() => navigate({ view: 'network' })}>
          {t('inspector.views.http')}
        </button>
        <button type="button" aria-pressed={mcp} onClick={() => navigate({ view: 'network', param: 'mcp' })}>
          {t('inspector.views.mcp')}
        </button>
      </div>
      {mcp ? <McpLogView param={selectedId} /> : <ExchangesView selectedId={selectedId} />}
    </div>
  );
}

function ExchangesView({ selectedId }: { selectedId: string | undefined }) {
  const exchanges = useStore((s) => s.exchanges);
  const [filter, setFilter] = useState<ExchangeFilter>({ text: '', providerId: '', statusClass: '' });
  const rows = useMemo(() => filterExchanges(exchanges, filter).map(toRow), [exchanges, filter]);
  const selectedState = exchanges.find((e) => e.id === selectedId)?.state ?? '';
  return (
    <>
      <InspectorToolbar filter={filter} onFilter={setFilter} shown={rows} total={exchanges.length} />
      <div className="inspector-body">
        <ExchangeList rows={rows} selectedId={selectedId} empty={exchanges.length === 0} />
        {selectedId && <ExchangeDetail id={selectedId} key={`${selectedId}:${selectedState}`} />}
      </div>
    </>
  );
}
