import type { ProxyMode, ProxyView } from '../../shared/proxy';
import type { KeyVault } from '../keys/vault';
import type { KeyValueStore } from '../settings/kv';
import { readSection, writeSection } from '../settings/sections';
import { parseProxyUrl, type ProxyConfig } from './proxy';
import type { ProxyState } from './proxy-state';

/** The vault slot of the proxy's user name and password (never in the settings file). */
export const PROXY_CREDENTIALS_SLOT = 'proxy#credentials';

/** A change to the proxy settings; `url` may carry `user:pass@`, which is split off and encrypted. */
export interface ProxyChange {
  mode: ProxyMode;
  url?: string;
  bypass?: string;
}

/**
 * The proxy setting: saved in the settings file without credentials, the credentials encrypted in
 * the vault like a key, and the whole put into effect through the shared ProxyState.
 */
export class ProxyService {
  constructor(
    private readonly deps: {
      store: KeyValueStore;
      vault: KeyVault;
      state: ProxyState;
      /** What "system" means for this host: the OS settings (desktop) or the environment (Node). */
      systemMeans: ProxyView['systemMeans'];
    },
  ) {}

  /** Puts the saved settings into effect (at start). */
  async load(): Promise<void> {
    const saved = readSection(this.deps.store, 'proxy');
    const credentials = await this.credentials();
    this.deps.state.set({ mode: saved?.mode ?? 'system', bypass: saved?.bypass ?? '', ...(saved?.url ? { url: saved.url } : {}), ...credentials });
  }

  /** The settings as a window may see them: no credentials. */
  view(): ProxyView {
    const c = this.deps.state.current();
    return { mode: c.mode, ...(c.url ? { url: c.url } : {}), bypass: c.bypass, hasCredentials: c.username !== undefined, systemMeans: this.deps.systemMeans };
  }

  /**
   * Saves and applies a change. A URL without credentials keeps the saved ones when it names the
   * same proxy; another proxy, or another mode than custom, drops them.
   */
  async set(change: ProxyChange): Promise<ProxyView> {
    const before = this.deps.state.current();
    let next: ProxyConfig = { mode: change.mode, bypass: (change.bypass ?? before.bypass).trim() };
    if (change.mode === 'custom') {
      const text = change.url ?? before.url ?? '';
      const { url, username, password } = parseProxyUrl(text);
      const keep = username === undefined && url === before.url ? { ...(before.username !== undefined ? { username: before.username } : {}), ...(before.password !== undefined ? { password: before.password } : {}) } : { ...(username !== undefined ? { username } : {}), ...(password !== undefined ? { password } : {}) };
      next = { ...next, url, ...keep };
    }
    if (next.username !== undefined) await this.deps.vault.set(PROXY_CREDENTIALS_SLOT, JSON.stringify({ username: next.username, password: next.password ?? '' }), undefined);
    else await this.deps.vault.delete(PROXY_CREDENTIALS_SLOT, undefined);
    writeSection(this.deps.store, 'proxy', { mode: next.mode, ...(next.url ? { url: next.url } : {}), ...(next.bypass ? { bypass: next.bypass } : {}) });
    this.deps.state.set(next);
    return this.view();
  }

  private async credentials(): Promise<{ username?: string; password?: string }> {
    const { key } = await this.deps.vault.resolve(PROXY_CREDENTIALS_SLOT, undefined);
    if (!key) return {};
    try {
      const parsed = JSON.parse(key) as { username?: unknown; password?: unknown };
      return typeof parsed.username === 'string' ? { username: parsed.username, ...(typeof parsed.password === 'string' ? { password: parsed.password } : {}) } : {};
    } catch {
      return {};
    }
  }
}
