import type { Dispatcher } from 'undici';
import type { FetchLike, NetworkRoute } from '../core/net/recording-fetch';
import { routeFor, type ProxyRoute } from '../core/net/proxy';
import type { ProxyState } from '../core/net/proxy-state';

/** A fetch that goes through the configured proxy, and tells the recorder which one. */
export interface ProxiedFetch extends NetworkRoute {
  fetch: FetchLike;
  /** How a request to this URL would travel now. */
  route(url: string): ProxyRoute;
  /** Closes the proxy connections (on quit, or when the settings change). */
  close(): Promise<void>;
}

/**
 * Node's side of the proxy setting (the preview, the CLI, and Electron's main process for an
 * explicit proxy): undici's own fetch with a ProxyAgent (HTTP CONNECT, credentials as Basic) or a
 * Socks5ProxyAgent per request, chosen by the bypass list; direct requests use the global fetch
 * unchanged. undici's fetch is used with its own agents: an npm undici dispatcher handed to Node's
 * bundled fetch breaks across versions (nodejs/undici#4827).
 */
export function createProxiedFetch(state: ProxyState, env: Readonly<Record<string, string | undefined>>, direct: FetchLike = (input, init) => fetch(input, init)): ProxiedFetch {
  const current = () => state.current();
  const agents = new Map<string, Dispatcher>();
  // undici is loaded the first time a request goes through a proxy: most runs never pay for it.
  const agentFor = async (route: Extract<ProxyRoute, { kind: 'proxy' }>): Promise<Dispatcher> => {
    const key = `${route.url}\u0000${route.username ?? ''}\u0000${route.password ?? ''}`;
    let agent = agents.get(key);
    if (!agent) {
      const { ProxyAgent, Socks5ProxyAgent } = await import('undici');
      const credentials = route.username !== undefined ? { username: route.username, password: route.password ?? '' } : undefined;
      agent = route.url.startsWith('socks5:')
        ? new Socks5ProxyAgent(route.url, credentials ?? {})
        : new ProxyAgent({ uri: route.url, ...(credentials ? { token: `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}` } : {}) });
      // Settings changed: the agents of earlier settings are no longer needed.
      for (const old of agents.values()) void old.close().catch(() => undefined);
      agents.clear();
      agents.set(key, agent);
    }
    return agent;
  };
  const route = (url: string) => routeFor(current(), url, env);
  return {
    route,
    proxyFor: async (url) => {
      await state.ready;
      const r = route(url);
      return r.kind === 'proxy' ? r.url : undefined;
    },
    secrets: () => [current().password ?? '', ...[env.HTTPS_PROXY, env.https_proxy, env.HTTP_PROXY, env.http_proxy, env.ALL_PROXY, env.all_proxy].map((v) => credentialsIn(v))].filter((s) => s.length >= 4),
    fetch: async (input, init) => {
      await state.ready;
      const r = route(input);
      if (r.kind === 'direct') return direct(input, init);
      // undici's RequestInit and Response are its own classes with the same shape as the global
      // ones; the casts cross between the two declarations, not between different objects.
      const { fetch: undiciFetch } = await import('undici');
      const response = await undiciFetch(input, { ...(init as Parameters<typeof undiciFetch>[1]), dispatcher: await agentFor(r) });
      return response as unknown as Response;
    },
    close: async () => {
      const all = [...agents.values()];
      agents.clear();
      await Promise.all(all.map((a) => a.close().catch(() => undefined)));
    },
  };
}

// The password part of a proxy URL from the environment, so it is masked like any secret.
function credentialsIn(value: string | undefined): string {
  if (!value) return '';
  try {
    return decodeURIComponent(new URL(value).password);
  } catch {
    return '';
  }
}
