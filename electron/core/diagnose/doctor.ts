import type { CauseId } from '../../shared/causes';
import type { DoctorCheck, DoctorReport } from '../../shared/doctor';
import type { Exchange } from '../../shared/exchange';
import type { KeyStatus } from '../../shared/keys';
import type { RecordingFetch } from '../net/recording-fetch';
import type { ProtocolAdapter, ResolvedTarget } from '../providers/types';
import { baseUrlCheck, keyCheck, modelCheck, probeChat, probeModels } from './doctor-steps';

/** What the doctor examines. */
export interface DoctorInput {
  http: RecordingFetch;
  adapter: ProtocolAdapter;
  target: ResolvedTarget;
  keyStatus?: KeyStatus;
  now?: () => number;
}

/** Causes of failed checks first, then of warnings, each once. Pure. */
export function reportCauses(checks: readonly DoctorCheck[]): CauseId[] {
  return [...new Set((['fail', 'warn'] as const).flatMap((s) => checks.filter((c) => c.status === s).flatMap((c) => c.causes)))];
}

/**
 * Diagnoses one provider: static checks of the base URL and key, then the model list and a minimal
 * chat, following redirects by hand so a dropped auth header is seen. Every request is recorded.
 */
export async function runDoctor(input: DoctorInput): Promise<DoctorReport> {
  const { target } = input;
  const checks: DoctorCheck[] = [];
  const exchanges: Exchange[] = [];
  const report = (ambiguity?: string): DoctorReport => ({
    ok: !checks.some((c) => c.status === 'fail'),
    provider: target.providerId,
    baseUrl: target.baseUrl,
    model: target.model,
    checks,
    causes: reportCauses(checks),
    exchanges,
    ...(ambiguity ? { ambiguity } : {}),
    at: (input.now ?? Date.now)(),
  });

  const { fatal, ...url } = baseUrlCheck(target);
  checks.push(url, keyCheck(target, input.keyStatus));
  if (fatal) {
    checks.push({ id: 'models', status: 'skip', message: 'Skipped: the base URL cannot be requested.', causes: [] }, { id: 'chat', status: 'skip', message: 'Skipped.', causes: [] });
    return report();
  }
  const models = await probeModels(input);
  checks.push(...models.checks);
  exchanges.push(...models.exchanges);
  if (models.unreachable) {
    checks.push({ id: 'chat', status: 'skip', message: 'Skipped: no answer from the host.', causes: [] });
    return report();
  }
  if (models.modelIds?.length) checks.push(modelCheck(target, models.modelIds));
  const chat = await probeChat(input, models.modelIds);
  checks.push(...chat.checks);
  exchanges.push(...chat.exchanges);
  return report(chat.ambiguity);
}
