import type { DoctorCheck } from '../../shared/doctor';
import type { Exchange } from '../../shared/exchange';
import type { ProviderRegion } from '../../shared/provider';
import { otherRegions, regionOf } from '../../shared/regions';
import { runChat } from '../chat/run-chat';
import { NetworkError } from '../net/recording-fetch';
import { watchdog } from '../net/timeouts';
import { errorInSuccess } from '../providers/error-body';
import { requestMeta } from '../providers/request-meta';
import { readRefusal } from './reading';
import { probeTimeouts, type ProbeContext } from './doctor-steps';

/** Where a refused key belongs, when another region took it. */
export interface RegionFinding {
  check: DoctorCheck;
  exchanges: Exchange[];
  region?: ProviderRegion;
}

// Does this region's host take the key? Its model list answers, or (for hosts without one) a
// one-word chat is not refused for the key.
async function accepts(ctx: ProbeContext, region: ProviderRegion): Promise<{ accepted: boolean; exchanges: Exchange[] }> {
  const target = { ...ctx.target, baseUrl: region.baseUrl };
  const dog = watchdog(probeTimeouts(target));
  try {
    const { response, exchange } = await ctx.http.fetch(ctx.adapter.modelsRequest(target), requestMeta(target, 'probe'), dog.signal);
    dog.headers();
    const text = await response.text();
    if (response.ok && !errorInSuccess(text)) return { accepted: true, exchanges: [exchange] };
    if (response.status !== 404) return { accepted: false, exchanges: [exchange] };
    const chat = await runChat({ ...ctx, target, messages: [{ role: 'user', content: 'Reply with the single word OK.' }], stream: false, timeouts: probeTimeouts(target) });
    const refused = chat.error && readRefusal(chat.error.status ?? 200, { message: chat.error.message }) === 'key';
    return { accepted: !refused && !chat.error?.causes.includes('network-unreachable'), exchanges: [exchange, ...(chat.exchange ? [chat.exchange] : [])] };
  } catch (error) {
    if (error instanceof NetworkError) return { accepted: false, exchanges: [error.exchange] };
    return { accepted: false, exchanges: [] };
  } finally {
    dog.stop();
  }
}

/**
 * After a well-formed key was refused by a provider whose keys are bound to a region, asks the
 * other regions' endpoints whether they take it. Returns undefined when the provider has no
 * regions or the base URL is not one of them (a gateway, a custom host).
 */
export async function probeOtherRegions(ctx: ProbeContext): Promise<RegionFinding | undefined> {
  const current = regionOf(ctx.target.regions, ctx.target.baseUrl);
  const others = otherRegions(ctx.target.regions, ctx.target.baseUrl);
  if (!current || !others.length) return undefined;
  const exchanges: Exchange[] = [];
  for (const region of others) {
    const tried = await accepts(ctx, region);
    exchanges.push(...tried.exchanges);
    if (tried.accepted) {
      const message = `The key is refused in the ${current.name} region (${new URL(current.baseUrl).host}) but accepted in the ${region.name} region (${new URL(region.baseUrl).host}): it belongs to the other region. Use the base URL ${region.baseUrl}.`;
      return { check: { id: 'region', status: 'fail', message, causes: ['key-wrong-region'], exchangeIds: exchanges.map((e) => e.id) }, exchanges, region };
    }
  }
  const names = others.map((r) => r.name).join(', ');
  return { check: { id: 'region', status: 'pass', message: `The ${names} endpoint refuses the key too: it is not a region mix-up.`, causes: [], exchangeIds: exchanges.map((e) => e.id) }, exchanges };
}
