import type { Clock } from '../clock';
import type { DoctorReport } from '../../shared/doctor';
import type { LastTest, ModelList, ProviderConfig, ProviderPreset, ProviderView, UrlPreview } from '../../shared/provider';
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
import { ProviderSettings, resolveTarget, type ProviderConfigChange } from './provider-settings';
import type { ProviderCatalog, UserProviderInput } from './catalog';
import { parseSetups, setupsToJson } from './provider-setups';
import type { ResolvedTarget } from './types';

/** What the provider service needs. */
export interface ProviderServiceDeps {
  catalog: ProviderCatalog;
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
  private readonly lastReports = new Map<string, DoctorReport>();

  constructor(private readonly deps: ProviderServiceDeps) {}

  /** The preset (or user-defined provider) with this id, or a clear error. */
  preset(providerId: string): ProviderPreset {
    return this.deps.catalog.require(providerId);
  }

  /** Everything needed to send a request to a provider now (main process only: holds the key and header values). */
  async target(providerId: string, model?: string): Promise<ResolvedTarget> {
    const preset = this.preset(providerId);
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
    const preset = this.preset(providerId);
    const t = await this.target(providerId);
    const config = this.deps.settings.get(providerId);
    const supported = supportedProtocols().includes(t.protocol);
    const key = await this.deps.vault.status(providerId, preset.keyEnv, t.auth.scheme);
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
    return Promise.all(this.deps.catalog.all().map((p) => this.view(p.id)));
  }

  /**
   * Saves a change to a provider's settings; another host or protocol has another model list. Header
   * values go to the vault: a string sets one, null removes it, names not mentioned stay as they are.
   */
  async update(providerId: string, { headers, name, ...change }: Omit<ProviderConfigChange, 'headers' | 'headerNames'> & { headers?: Record<string, string | null>; name?: string }): Promise<ProviderView> {
    this.preset(providerId);
    if (name !== undefined) this.deps.catalog.change(providerId, { name });
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
    const preset = this.preset(providerId);
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

  /** The last Test's full report this session, for a diagnostic bundle. */
  lastReport(providerId: string): DoctorReport | undefined {
    return this.lastReports.get(providerId);
  }

  /** Defines a provider (any protocol, any host); its key, headers and timeouts are set like a preset's. */
  async add(input: UserProviderInput): Promise<ProviderView> {
    return this.view(this.deps.catalog.add(input).id);
  }

  /** Forgets a user-defined provider with its settings, key and header values. */
  async remove(providerId: string): Promise<void> {
    const names = this.headerNames(providerId);
    const preset = this.preset(providerId);
    this.deps.catalog.remove(providerId);
    this.deps.settings.remove(providerId);
    for (const name of names) await this.deps.headers.remove(providerId, name);
    await this.deps.vault.delete(providerId, preset.keyEnv);
    this.models.delete(providerId);
    this.lastTests.delete(providerId);
  }

  /** Every user-defined provider and changed preset as a file to share (no keys, no header values). */
  exportSetups(): { text: string; filename: string } {
    const now = this.deps.clock.now();
    return { text: setupsToJson(this.deps.catalog.all(), (id) => this.deps.settings.get(id), now), filename: `switchboard-providers-${new Date(now).toISOString().slice(0, 10)}.json` };
  }

  /**
   * Reads an export: user-defined providers are added (under a fresh id when theirs is taken),
   * presets take the settings. Keys and header values are never in the file; they are entered here.
   */
  importSetups(text: string): { added: number; updated: number } {
    let added = 0;
    let updated = 0;
    for (const entry of parseSetups(text)) {
      const id = entry.userDefined ? this.deps.catalog.add(entry.userDefined).id : this.deps.catalog.find(entry.id)?.id;
      if (!id) continue;
      this.deps.settings.update(id, entry.config);
      if (entry.userDefined) added++;
      else updated++;
      this.models.delete(id);
    }
    return { added, updated };
  }

  /** Runs the doctor on a provider's saved setup and remembers the verdict for this session. */
  async test(providerId: string): Promise<DoctorReport> {
    const preset = this.preset(providerId);
    const t = await this.target(providerId);
    const report = await runDoctor({ http: this.deps.http, adapter: adapterFor(t.protocol), target: t, keyStatus: await this.deps.vault.status(providerId, preset.keyEnv, t.auth.scheme), now: () => this.deps.clock.now() });
    this.lastTests.set(providerId, { ok: report.ok, at: report.at, causes: report.causes });
    this.lastReports.set(providerId, report);
    return { ...report, exchanges: report.exchanges.map(summarizeExchange) };
  }
}
