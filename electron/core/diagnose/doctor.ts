import type { CauseId } from '../../shared/causes';
import type { DoctorCheck, DoctorReport } from '../../shared/doctor';
import type { Exchange } from '../../shared/exchange';
import type { KeyStatus } from '../../shared/keys';
import type { RecordingFetch } from '../net/recording-fetch';
import type { ProtocolAdapter, ResolvedTarget } from '../providers/types';
import { baseUrlCheck, keyCheck, modelCheck, probeChat, probeModels } from './doctor-steps';
import { probeOtherRegions } from './region-probe';
import { proxyCheck } from './proxy-check';
import { normalizeBaseUrl } from './url-checks';

/** What the doctor examines. */
export interface DoctorInput {
  http: RecordingFetch;
  adapter: ProtocolAdapter;
  target: ResolvedTarget;
  keyStatus?: KeyStatus;
  /** Where the key came from, in the caller's words ("key from --key-file k.txt"). */
  keyOrigin?: string;
  now?: () => number;
}

/** Causes of failed checks first, then of warnings, each once. Pure. */
export function reportCauses(checks: readonly DoctorCheck[]): CauseId[] {
  return [...new Set((['fail', 'warn'] as const).flatMap((s) => checks.filter((c) => c.status === s).flatMap((c) => c.causes)))];
}

/**
 * Diagnoses one provider: static checks of the base URL and key, then the model list and a minimal
 * chat, following redirects by hand so a dropped auth header is seen; a key refused by a provider
 * with regional platforms is tried on the other regions. Every request is recorded.
 */
export async function runDoctor(input: DoctorInput): Promise<DoctorReport> {
  const { target } = input;
  const checks: DoctorCheck[] = [];
  const exchanges: Exchange[] = [];
  let ambiguity: string | undefined;
  let regionUrl: string | undefined;
  const report = (): DoctorReport => {
    const suggested = regionUrl ?? repairedBaseUrl(target);
    return {
      ok: !checks.some((c) => c.status === 'fail'),
      provider: target.providerId,
      baseUrl: target.baseUrl,
      model: target.model,
      checks,
      causes: reportCauses(checks),
      exchanges,
      ...(ambiguity ? { ambiguity } : {}),
      ...(suggested ? { suggestedBaseUrl: suggested } : {}),
      at: (input.now ?? Date.now)(),
    };
  };

  const { fatal, ...url } = baseUrlCheck(target);
  checks.push(url, keyCheck(target, input.keyStatus, input.keyOrigin));
  if (fatal) {
    checks.push({ id: 'models', status: 'skip', message: 'Skipped: the base URL cannot be requested.', causes: [] }, { id: 'chat', status: 'skip', message: 'Skipped.', causes: [] });
    return report();
  }
  const proxy = await input.http.proxyFor(input.adapter.modelsRequest(target).url);
  const models = await probeModels(input);
  // The proxy is judged by the first request through it, and reported first.
  if (proxy) checks.unshift(proxyCheck(proxy, models.exchanges[0]));
  checks.push(...models.checks);
  exchanges.push(...models.exchanges);
  ambiguity = models.ambiguity;
  if (models.unreachable) {
    checks.push({ id: 'chat', status: 'skip', message: 'Skipped: no answer from the host.', causes: [] });
    return report();
  }
  if (models.modelIds?.length) checks.push(modelCheck(target, models.modelIds));
  const chat = await probeChat(input, models.modelIds);
  checks.push(...chat.checks);
  exchanges.push(...chat.exchanges);
  ambiguity ??= chat.ambiguity;
  if (checks.some((c) => c.causes.includes('key-rejected'))) {
    const region = await probeOtherRegions(input);
    if (region) {
      exchanges.push(...region.exchanges);
      if (region.region) {
        // The refusal is explained: the key is fine, the endpoint is the other region's.
        for (const c of checks) c.causes = c.causes.filter((id) => id !== 'key-rejected');
        for (const e of exchanges) if (e.causes?.includes('key-rejected')) input.http.annotate(e, [...e.causes.filter((id) => id !== 'key-rejected'), 'key-wrong-region']);
        regionUrl = region.region.baseUrl;
        ambiguity = undefined;
      }
      checks.push(region.check);
    }
  }
  return report();
}

/** The base URL with its mechanical mistakes repaired, when that differs from the one set. Pure. */
export function repairedBaseUrl(target: ResolvedTarget): string | undefined {
  if (!target.baseUrl) return undefined;
  const repaired = normalizeBaseUrl(target.baseUrl, target.protocol);
  return repaired && repaired !== target.baseUrl.trim().replace(/\/+$/, '') ? repaired : undefined;
}
