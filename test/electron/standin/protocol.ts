/**
 * `protocol`: privileged schemes and their handlers. Chromium outside Electron cannot register a
 * scheme, so a handled scheme's URL `scheme://host/path` is served to the page from the stand-in
 * origin `https://host.scheme.standin/path` (intercepted before any DNS or TLS) and translated back
 * at every boundary the app sees: loadURL, senderFrame.url, getURL, navigation events, the Request
 * the handler receives. What this cannot prove: how Chromium applies each privilege to the scheme
 * itself (standard, secure, supportFetchAPI, codeCache); the stand-in origin is always a standard,
 * secure https origin.
 */
import { isReady } from './lifecycle';

const SUFFIX = '.standin';

/** A scheme's privileges as the app declared them. */
export interface SchemePrivileges {
  standard?: boolean;
  secure?: boolean;
  bypassCSP?: boolean;
  allowServiceWorkers?: boolean;
  supportFetchAPI?: boolean;
  corsEnabled?: boolean;
  stream?: boolean;
  codeCache?: boolean;
}

const privileged = new Map<string, SchemePrivileges>();
const handlers = new Map<string, (request: Request) => Response | Promise<Response>>();

/** The scheme as the page loads it from the stand-in, or undefined for ordinary URLs. Pure. */
export function toPageUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const scheme = parsed.protocol.slice(0, -1);
  if (!handlers.has(scheme) && !privileged.has(scheme)) return url;
  return `https://${parsed.hostname}.${scheme}${SUFFIX}${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** The app's own view of a URL the page is on (the inverse of toPageUrl). Pure. */
export function toAppUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (parsed.protocol !== 'https:' || !parsed.hostname.endsWith(SUFFIX)) return url;
  const labels = parsed.hostname.slice(0, -SUFFIX.length).split('.');
  const scheme = labels.pop() ?? '';
  return `${scheme}://${labels.join('.')}${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** True for URLs the stand-in serves through a scheme handler. */
export function isSchemeUrl(pageUrl: string): boolean {
  try {
    return new URL(pageUrl).hostname.endsWith(SUFFIX);
  } catch {
    return false;
  }
}

/** The handler for an app-scheme URL, if one was registered. */
export function handlerFor(appUrl: string): ((request: Request) => Response | Promise<Response>) | undefined {
  try {
    return handlers.get(new URL(appUrl).protocol.slice(0, -1));
  } catch {
    return undefined;
  }
}

/** Electron's `protocol` module (the default session's). */
export const protocol = {
  // docs/api/protocol.md: "This method can only be used before the ready event of the app module gets emitted".
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: SchemePrivileges }[]): void {
    if (isReady()) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    for (const s of schemes) privileged.set(s.scheme, { ...s.privileges });
  },
  // docs/api/protocol.md: the protocol module can only be used after the ready event.
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    if (!isReady()) throw new Error('protocol.handle must be called after the app is ready');
    if (handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    handlers.set(scheme, handler);
  },
  unhandle(scheme: string): void {
    handlers.delete(scheme);
  },
  isProtocolHandled(scheme: string): boolean {
    return handlers.has(scheme);
  },
  /** Test hook: the privileges a scheme was registered with. */
  privilegesOf(scheme: string): SchemePrivileges | undefined {
    return privileged.get(scheme);
  },
};
