import type { Handlers } from '../../ipc/serve';
import type { KeyValueStore } from '../keys/kv';
import { toCurl } from '../net/curl';
import { toHar } from '../net/har';
import { summarizeExchange } from '../net/summary';
import type { WireLog, WireLogLimits } from '../net/wire-log';
import { authHeaders } from '../providers/auth-headers';
import type { ResolvedTarget } from '../providers/types';
import { AppError } from '../errors';

type NetlogChannels = 'netlog:list' | 'netlog:get' | 'netlog:clear' | 'netlog:settings' | 'netlog:har' | 'netlog:curl';

/** What the wire-log channels need. */
export interface NetlogDeps {
  wireLog: WireLog;
  store: KeyValueStore;
  version: string;
  target(providerId: string): Promise<ResolvedTarget>;
  writeClipboard?: (text: string) => void;
}

/** The wire log's channels: list, detail, clear, settings (saved), HAR and curl export. */
export function netlogHandlers(deps: NetlogDeps): Pick<Handlers, NetlogChannels> {
  const { wireLog } = deps;
  return {
    'netlog:list': async () => ({ entries: wireLog.list().map(summarizeExchange) }),
    'netlog:get': async ({ id }) => {
      const e = wireLog.get(id);
      if (!e) throw new AppError('not-found', 'That exchange is no longer in the log (it keeps the most recent ones).');
      return e;
    },
    'netlog:clear': async () => {
      const cleared = wireLog.size;
      wireLog.clear();
      return { cleared };
    },
    'netlog:settings': async (change) => {
      wireLog.setLimits(Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)));
      const { level, maxEntries, maxBodyChars } = wireLog.getLimits();
      deps.store.set(NETLOG_KEY, { level, maxEntries, maxBodyChars });
      return { level, maxEntries, maxBodyChars };
    },
    'netlog:har': async ({ ids }) => {
      const wanted = ids ? new Set(ids) : undefined;
      const entries = wireLog.list().filter((e) => !wanted || wanted.has(e.id));
      return { har: JSON.stringify(toHar(entries, { name: 'Switchboard', version: deps.version }), null, 2), count: entries.length };
    },
    'netlog:curl': async ({ id, withKey }) => {
      const e = wireLog.get(id);
      if (!e) throw new AppError('not-found', 'That exchange is no longer in the log.');
      if (!withKey) {
        const curl = toCurl(e);
        deps.writeClipboard?.(curl);
        return { curl, copied: !!deps.writeClipboard };
      }
      if (!deps.writeClipboard) throw new AppError('unsupported', 'Copying a command with the real key is only available in the desktop app, where it goes straight to the clipboard.');
      if (!e.providerId) throw new AppError('no-key', 'This request belongs to no provider, so there is no key to put in.');
      const t = await deps.target(e.providerId);
      const real = authHeaders(t);
      if (!Object.keys(real).length) throw new AppError('no-key', 'There is no key configured for this provider now.');
      deps.writeClipboard(toCurl(e, real));
      return { copied: true };
    },
  };
}

const NETLOG_KEY = 'netlog';

/** Log level and caps as saved, ignoring anything malformed. */
export function readNetlogSettings(store: KeyValueStore): Partial<WireLogLimits> {
  const value = store.get(NETLOG_KEY);
  if (typeof value !== 'object' || value === null) return {};
  const v = value as Partial<WireLogLimits>;
  return {
    ...(['off', 'errors', 'info', 'debug'].includes(String(v.level)) ? { level: v.level! } : {}),
    ...(Number.isInteger(v.maxEntries) && v.maxEntries! >= 10 ? { maxEntries: v.maxEntries! } : {}),
    ...(Number.isInteger(v.maxBodyChars) && v.maxBodyChars! >= 0 ? { maxBodyChars: v.maxBodyChars! } : {}),
  };
}
