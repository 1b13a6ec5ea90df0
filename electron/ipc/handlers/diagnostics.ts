import type { Core } from '../../core/app';
import { buildBundle } from '../../core/diagnose/bundle';
import { readHar } from '../../core/net/har-read';
import { compareExchanges, matchingEntry } from '../../shared/compare';
import { AppError } from '../../shared/errors';
import type { Exchange } from '../../shared/exchange';
import type { Handlers } from '../serve';

/** Comparing two exchanges (or one with a HAR entry), and the diagnostic bundle to share. */
export function diagnosticsHandlers(core: Core): Pick<Handlers, 'netlog:compare' | 'diagnostics:bundle'> {
  return {
    'netlog:compare': async ({ a, b, har, entry }) => {
      const first = core.netlog.get(a);
      let second: Exchange | undefined;
      if (b) second = core.netlog.get(b);
      else if (har) {
        const entries = readHar(har);
        second = entry ? entries[entry - 1] : (matchingEntry(entries, first) ?? entries[0]);
      }
      if (!second) throw new AppError('bad-request', entry ? `The HAR file has no entry ${entry}.` : 'Choose a second exchange, or a HAR file to compare with.');
      return { comparison: compareExchanges(first, second), a: first, b: second };
    },
    'diagnostics:bundle': async ({ providerId, exchangeIds }) => {
      const view = providerId ? await core.providers.view(providerId) : undefined;
      const failing = core.netlog.list().filter((e) => (!providerId || e.providerId === providerId) && (e.state === 'failed' || (e.response?.status ?? 0) >= 400));
      const exchanges = exchangeIds?.length ? exchangeIds.map((id) => core.netlog.get(id)) : failing.slice(-20).map((e) => core.netlog.get(e.id));
      const info = await core.info();
      const report = providerId ? core.providers.lastReport(providerId) : undefined;
      return buildBundle({
        app: { name: 'Switchboard', version: info.version, transport: info.transport },
        ...(view
          ? {
              provider: {
                id: view.preset.id,
                name: view.preset.name,
                baseUrl: view.effective.baseUrl,
                protocol: view.effective.protocol,
                model: view.effective.model,
                headerNames: view.headers.map((h) => h.name),
                key: { source: view.key.source, ...(view.key.envVar ? { envVar: view.key.envVar } : {}), ...(view.key.masked ? { masked: view.key.masked, length: view.key.length ?? 0 } : {}), ...(view.key.fingerprint ? { fingerprint: view.key.fingerprint } : {}) },
              },
            }
          : {}),
        ...(report ? { report } : {}),
        exchanges,
        now: Date.now(),
      });
    },
  };
}
