import { net, session } from 'electron';
import { electronProxyConfig, proxyFromPac } from '../core/net/proxy';
import type { ProxyState } from '../core/net/proxy-state';
import type { FetchLike, NetworkRoute } from '../core/net/recording-fetch';
import { createProxiedFetch } from '../host/proxied-fetch';
import { netRequestFetch } from './net-request-fetch';

/**
 * The desktop app's way out. With the system's proxy settings (or none) requests go through
 * net.request, Chromium's network stack: OS proxy, PAC, every redirect hop visible. With a proxy
 * set in Switchboard they go through undici in the main process instead, because Chromium cannot
 * take proxy credentials in its rules, cannot authenticate to a SOCKS5 proxy at all
 * (electron/electron#42992), and net.fetch never asks for proxy credentials (#44249). The session
 * follows the setting too, so anything else Chromium fetches takes the same way.
 */
export function createElectronNetwork(state: ProxyState, env: Readonly<Record<string, string | undefined>>): { fetch: FetchLike; route: NetworkRoute; close(): Promise<void> } {
  const proxied = createProxiedFetch(state, env);
  const chromium = netRequestFetch((options) => net.request(options));
  state.subscribe((config) => {
    const ses = session.defaultSession;
    // Pooled sockets would keep the old way out: close them once the new one is set.
    void ses
      .setProxy(electronProxyConfig(config))
      .then(() => ses.closeAllConnections())
      .catch((error: unknown) => console.warn('Could not apply the proxy setting to the session:', error));
  });
  return {
    fetch: async (input, init) => {
      await state.ready;
      return state.current().mode === 'custom' ? proxied.fetch(input, init) : chromium(input, init);
    },
    route: {
      proxyFor: async (url) => {
        await state.ready;
        if (state.current().mode === 'custom') return proxied.proxyFor(url);
        return proxyFromPac(await session.defaultSession.resolveProxy(url));
      },
      secrets: () => proxied.secrets(),
    },
    close: () => proxied.close(),
  };
}
