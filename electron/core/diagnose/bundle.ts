import { arch, platform, release } from 'node:os';
import type { DoctorReport } from '../../shared/doctor';
import type { Exchange } from '../../shared/exchange';
import type { KeyStatus } from '../../shared/keys';
import { toHar } from '../net/har';

/** What a bundle says about the provider: its setup and where its key comes from, never a secret. */
export interface BundleProvider {
  id: string;
  name: string;
  baseUrl: string;
  protocol: string;
  model: string;
  headerNames: string[];
  key: Pick<KeyStatus, 'source' | 'envVar' | 'masked' | 'length' | 'fingerprint'> | { source: string };
}

/** The inputs of a diagnostic bundle. */
export interface BundleInput {
  app: { name: string; version: string; transport: string };
  provider?: BundleProvider;
  report?: DoctorReport;
  /** The exchanges to include (the failing ones), already redacted. */
  exchanges: readonly Exchange[];
  now: number;
}

/** The format of a diagnostic bundle. */
export const BUNDLE_FORMAT = 'switchboard-diagnostic-bundle';

/**
 * One readable JSON file to attach to a bug report: versions, the OS, the provider's setup (key
 * source and fingerprint only), the doctor's report, and the redacted HAR of the failing exchanges.
 * Everything in it was redacted where it was recorded; nothing here adds a secret. Pure but for the OS facts.
 */
export function buildBundle(input: BundleInput): { text: string; filename: string; summary: string[] } {
  const versions = process.versions as NodeJS.ProcessVersions & { electron?: string; chrome?: string };
  const doc = {
    format: BUNDLE_FORMAT,
    version: 1,
    createdAt: new Date(input.now).toISOString(),
    app: { ...input.app, ...(versions.electron ? { electron: versions.electron, chrome: versions.chrome } : {}), node: versions.node },
    os: { platform: platform(), release: release(), arch: arch() },
    ...(input.provider ? { provider: input.provider } : {}),
    ...(input.report ? { doctor: { ok: input.report.ok, baseUrl: input.report.baseUrl, model: input.report.model, checks: input.report.checks, causes: input.report.causes, ...(input.report.ambiguity ? { ambiguity: input.report.ambiguity } : {}), ...(input.report.suggestedBaseUrl ? { suggestedBaseUrl: input.report.suggestedBaseUrl } : {}) } } : {}),
    har: toHar([...input.exchanges], { name: input.app.name, version: input.app.version }),
  };
  const summary = [
    `${input.app.name} ${input.app.version} (${input.app.transport}) on ${platform()} ${release()}`,
    ...(input.provider ? [`provider ${input.provider.id}: ${input.provider.baseUrl}, ${input.provider.protocol}, model ${input.provider.model}, key from ${input.provider.key.source}${'fingerprint' in input.provider.key && input.provider.key.fingerprint ? ` (sha256 ${input.provider.key.fingerprint})` : ''}`] : []),
    ...(input.report ? [`doctor: ${input.report.ok ? 'passed' : 'failed'}${input.report.causes.length ? ` (${input.report.causes.join(', ')})` : ''}`] : []),
    `${input.exchanges.length} exchange(s), redacted`,
  ];
  return { text: `${JSON.stringify(doc, null, 2)}\n`, filename: `switchboard-diagnostics-${new Date(input.now).toISOString().replace(/[:.]/g, '-').slice(0, 19)}.json`, summary };
}
