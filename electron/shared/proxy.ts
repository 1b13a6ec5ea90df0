/** How the app reaches the network: the system's proxy settings, none at all, or one given here. */
export const PROXY_MODES = ['system', 'none', 'custom'] as const;

/** One of PROXY_MODES. */
export type ProxyMode = (typeof PROXY_MODES)[number];

/** The proxy schemes the app can speak. */
export const PROXY_SCHEMES = ['http', 'https', 'socks5'] as const;

/** The proxy settings as a window sees them: the URL without credentials, whether there are any. */
export interface ProxyView {
  mode: ProxyMode;
  /** `http://proxy.corp:3128`, never with a user name or password. */
  url?: string;
  /** Hosts that go direct, comma-separated: `localhost, .corp.example, 10.0.0.0/8, <local>`. */
  bypass: string;
  hasCredentials: boolean;
  /** What "system" means in this app: the OS settings (desktop) or HTTPS_PROXY/NO_PROXY (preview, CLI). */
  systemMeans: 'os' | 'env';
}
