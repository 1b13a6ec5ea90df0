import type { Clock } from '../clock';
import type { DoctorReport } from '../../shared/doctor';
import type { LastTest, ModelList, ProviderView, UrlPreview } from '../../shared/provider';
import type { Protocol } from '../../shared/protocols';
import { runDoctor } from '../diagnose/doctor';
import { staticCauses } from '../diagnose/explain';
import type { KeyVault } from '../keys/vault';
import type { RecordingFetch } from '../net/recording-fetch';
import { summarizeExchange } from '../net/summary';
import { fetchModelList } from './fetch-models';
import { previewUrls } from './preview-urls';
import { adapterFor, supportedProtocols } from './protocols';
import { ProviderSettings, requirePreset, resolveTarget, type ProviderConfigChange } from './provider-settings';
import { PRESETS } from './registry';
import type { ResolvedTarget } from './types';

/** What the provider service needs. */
export interface ProviderServiceDeps {
  settings: ProviderSettings;
  vault: KeyVault;
  http: RecordingFetch;
  clock: Clock;
}

/**
 * Providers as the app sees them: presets with the user's settings and the key in effect, the
 * hosts' model lists (cached until refreshed or the host changes), and the doctor's last verdict.
 */
export class ProviderService {
  private readonly models = new Map<string, ModelList>();
  private readonly lastTests = new Map<string, LastTest>();

  constructor(private readonly deps: ProviderServiceDeps) {}

  /** Everything needed to send a request to a provider now (main process only: holds the key). */
  async target(providerId: string, model?: string): Promise<ResolvedTarget> {
    const preset = requirePreset(providerId);
    const { key } = await this.deps.vault.resolve(providerId, preset.keyEnv);
    return resolveTarget(preset, this.deps.settings.get(providerId), key, model);
  }

  /** One provider as a window may see it (no key value). */
  async view(providerId: string): Promise<ProviderView> {
    const preset = requirePreset(providerId);
    const config = this.deps.settings.get(providerId);
    const t = await this.target(providerId);
    const supported = supportedProtocols().includes(t.protocol);
    const key = await this.deps.vault.status(providerId, preset.keyEnv);
    const lastTest = this.lastTests.get(providerId);
    return {
      preset,
      config,
      effective: { baseUrl: t.baseUrl, protocol: t.protocol, model: t.model, chatUrl: supported && t.baseUrl ? adapterFor(t.protocol).chatRequest(t, [], true).url : '' },
      supported,
      key,
      staticCauses: [...(t.baseUrl ? staticCauses(t) : []), ...(key.envDiffers ? (['key-env-override'] as const) : [])],
      ...(lastTest ? { lastTest } : {}),
    };
  }

  /** Every provider. */
  list(): Promise<ProviderView[]> {
    return Promise.all(PRESETS.map((p) => this.view(p.id)));
  }

  /** Saves a change to a provider's settings; another host or protocol has another model list. */
  async update(providerId: string, change: ProviderConfigChange): Promise<ProviderView> {
    this.deps.settings.update(providerId, change);
    if (change.baseUrl !== undefined || change.protocol !== undefined) this.models.delete(providerId);
    return this.view(providerId);
  }

  /** Where requests would go for a base URL as typed, before it is saved. */
  preview(providerId: string, baseUrl: string, protocol?: Protocol | ''): UrlPreview {
    const preset = requirePreset(providerId);
    return previewUrls(resolveTarget(preset, { ...this.deps.settings.get(providerId), baseUrl, ...(protocol ? { protocol } : {}) }, undefined));
  }

  /** The host's model list, from the cache unless `refresh`. */
  async modelList(providerId: string, refresh = false): Promise<ModelList> {
    const cached = this.models.get(providerId);
    if (cached && !refresh) return { ...cached, cached: true };
    const t = await this.target(providerId);
    const { models, exchange } = await fetchModelList(this.deps.http, adapterFor(t.protocol), t);
    const list: ModelList = { models, exchangeId: exchange.id, fetchedAt: this.deps.clock.now(), cached: false };
    this.models.set(providerId, list);
    return list;
  }

  /** The host's model ids (cached, or fetched and recorded). */
  async modelIds(providerId: string): Promise<string[]> {
    return (await this.modelList(providerId)).models.map((m) => m.id);
  }

  /** Runs the doctor on a provider's saved setup and remembers the verdict for this session. */
  async test(providerId: string): Promise<DoctorReport> {
    const preset = requirePreset(providerId);
    const t = await this.target(providerId);
    const report = await runDoctor({ http: this.deps.http, adapter: adapterFor(t.protocol), target: t, keyStatus: await this.deps.vault.status(providerId, preset.keyEnv), now: () => this.deps.clock.now() });
    this.lastTests.set(providerId, { ok: report.ok, at: report.at, causes: report.causes });
    return { ...report, exchanges: report.exchanges.map(summarizeExchange) };
  }
}
