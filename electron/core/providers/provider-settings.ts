import type { KeyValueStore } from '../settings/kv';
import { DEFAULT_TIMEOUTS } from '../net/timeouts';
import { readSection, writeSection } from '../settings/sections';
import { authForProtocol } from './registry';
import type { ProviderCatalog } from './catalog';
import type { ResolvedTarget } from './types';
import type { ProviderConfig, ProviderPreset } from '../../shared/provider';

/** A change to a config; an empty string resets that field to the preset's value. */
export type ProviderConfigChange = { [K in keyof ProviderConfig]?: ProviderConfig[K] | '' };

/** Per-provider user settings over the presets, persisted in the key-value store. */
export class ProviderSettings {
  constructor(
    private readonly store: KeyValueStore,
    private readonly catalog: Pick<ProviderCatalog, 'require'>,
  ) {}

  /** The user's config for one provider (empty when never set). */
  get(providerId: string): ProviderConfig {
    return this.all()[providerId] ?? {};
  }

  /** Merges a change into one provider's config; `undefined`/empty values reset to the preset. */
  update(providerId: string, change: ProviderConfigChange): ProviderConfig {
    this.catalog.require(providerId);
    const next = { ...this.get(providerId), ...change } as ProviderConfig;
    for (const key of Object.keys(next) as (keyof ProviderConfig)[]) {
      const value = next[key];
      if (value === undefined || value === '') delete next[key];
    }
    writeSection(this.store, 'providers', { ...this.all(), [providerId]: next });
    return next;
  }

  /** Forgets a provider's settings (a user-defined provider being removed). */
  remove(providerId: string): void {
    const { [providerId]: _gone, ...rest } = this.all();
    writeSection(this.store, 'providers', rest);
  }

  private all(): Record<string, ProviderConfig> {
    return readSection(this.store, 'providers') ?? {};
  }
}

/** Preset + config + key into a target. Pure. */
export function resolveTarget(preset: ProviderPreset, config: ProviderConfig, key: string | undefined, model?: string): ResolvedTarget {
  const protocol = config.protocol ?? preset.protocol;
  return {
    providerId: preset.id,
    protocol,
    baseUrl: (config.baseUrl ?? preset.baseUrl).trim(),
    model: model ?? config.model ?? preset.exampleModel ?? '',
    auth: protocol === preset.protocol ? preset.auth : authForProtocol(protocol, preset.auth),
    key,
    headers: config.headers ?? {},
    timeouts: {
      firstByteMs: (config.timeouts?.firstByteS ?? DEFAULT_TIMEOUTS.firstByteMs / 1000) * 1000,
      idleMs: (config.timeouts?.idleS ?? DEFAULT_TIMEOUTS.idleMs / 1000) * 1000,
    },
    ...(preset.regions ? { regions: preset.regions } : {}),
  };
}
