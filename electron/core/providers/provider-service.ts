import type { Clock } from '../clock';
import type { DoctorReport } from '../../shared/doctor';
import type { LastTest, ModelList, ProviderConfig, ProviderView, UrlPreview } from '../../shared/provider';
import type { HeaderSecrets } from '../keys/header-secrets';
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
  headers: HeaderSecrets;
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

  /** Everything needed to send a request to a provider now (main process only: holds the key and header values). */
  async target(providerId: string, model?: string): Promise<ResolvedTarget> {
    const preset = requirePreset(providerId);
    const config = await this.config(providerId);
    const { key } = await this.deps.vault.resolve(providerId, preset.keyEnv);
    const headers = await this.deps.headers.values(providerId, config.headerNames ?? []);
    return resolveTarget(preset, { ...config, headers }, key, model);
  }

  // The provider's settings, with plain header values from earlier versions moved into the vault.
  private async config(providerId: string): Promise<ProviderConfig> {
    const config = this.deps.settings.get(providerId);
    if (!config.headers || !Object.keys(config.headers).length) return config;
    for (const [name, value] of Object.entries(config.headers)) await this.deps.headers.set(providerId, name, value);
    return this.deps.settings.update(providerId, { headers: '', headerNames: [...new Set([...(config.headerNames ?? []), ...Object.keys(config.headers)])] });
  }

  /** One provider as a window may see it (no key value). */
  async view(providerId: string): Promise<ProviderView> {
    const preset = requirePreset(providerId);
    const t = await this.target(providerId);
    const config = this.deps.settings.get(providerId);
    const supported = supportedProtocols().includes(t.protocol);
    const key = await this.deps.vault.status(providerId, preset.keyEnv);
    const lastTest = this.lastTests.get(providerId);
    return {
      preset,
      config,
      effective: { baseUrl: t.baseUrl, protocol: t.protocol, model: t.model, chatUrl: supported && t.baseUrl ? adapterFor(t.protocol).chatRequest(t, [], true).url : '' },
      supported,
      key,
      headers: await this.deps.headers.statuses(providerId, config.headerNames ?? []),
      staticCauses: [...(t.baseUrl ? staticCauses(t) : []), ...(key.envDiffers ? (['key-env-override'] as const) : [])],
      ...(lastTest ? { lastTest } : {}),
    };
  }

  /** The names of a provider's extra headers. */
  headerNames(providerId: string): string[] {
    return this.deps.settings.get(providerId).headerNames ?? [];
  }

  /** Every provider. */
  list(): Promise<ProviderView[]> {
    return Promise.all(PRESETS.map((p) => this.view(p.id)));
  }

  /**
   * Saves a change to a provider's settings; another host or protocol has another model list. Header
   * values go to the vault: a string sets one, null removes it, names not mentioned stay as they are.
   */
  async update(providerId: string, { headers, ...change }: Omit<ProviderConfigChange, 'headers' | 'headerNames'> & { headers?: Record<string, string | null> }): Promise<ProviderView> {
    requirePreset(providerId);
    if (headers) {
      const names = new Map(((await this.config(providerId)).headerNames ?? []).map((n) => [n.toLowerCase(), n]));
      for (const [name, value] of Object.entries(headers)) {
        if (value === null) {
          await this.deps.headers.remove(providerId, name);
          names.delete(name.toLowerCase());
        } else {
          await this.deps.headers.set(providerId, name, value);
          names.set(name.toLowerCase(), name);
        }
      }
      this.deps.settings.update(providerId, { headerNames: names.size ? [...names.values()] : '' });
    }
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
