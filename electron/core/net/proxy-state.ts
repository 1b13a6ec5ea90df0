import { SYSTEM_PROXY, type ProxyConfig } from './proxy';

/**
 * The proxy settings in effect, shared by the transport (which routes each request) and the core
 * (which loads and changes them). `ready` settles once the saved settings, credentials decrypted,
 * are in: a request made before waits for it instead of going out the wrong way.
 */
export class ProxyState {
  private config: ProxyConfig;
  private readonly listeners = new Set<(config: ProxyConfig) => void>();
  private markReady!: () => void;
  readonly ready = new Promise<void>((resolve) => (this.markReady = resolve));

  constructor(initial: ProxyConfig = SYSTEM_PROXY) {
    this.config = initial;
  }

  current(): ProxyConfig {
    return this.config;
  }

  /** Puts a config in effect and tells the listeners (Electron applies it to its session). */
  set(config: ProxyConfig): void {
    this.config = config;
    this.markReady();
    for (const listener of this.listeners) listener(config);
  }

  /** Called with every config put in effect; returns the unsubscribe. */
  subscribe(listener: (config: ProxyConfig) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
