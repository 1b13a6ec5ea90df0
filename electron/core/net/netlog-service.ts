import { AppError } from '../../shared/errors';
import type { Exchange, NetlogSettings } from '../../shared/exchange';
import { readSection, writeSection } from '../settings/sections';
import type { KeyValueStore } from '../settings/kv';
import { authHeaders } from '../providers/auth-headers';
import type { ResolvedTarget } from '../providers/types';
import { toCurl } from './curl';
import { toHar } from './har';
import { summarizeExchange } from './summary';
import type { WireLog, WireLogLimits } from './wire-log';

/** What the wire-log service needs. */
export interface NetlogServiceDeps {
  wireLog: WireLog;
  store: KeyValueStore;
  version: string;
  target(providerId: string): Promise<ResolvedTarget>;
  /** Main-process clipboard (desktop app); without it, curl with the real key is refused. */
  writeClipboard?: (text: string) => void;
}

/** The wire log as the Network tab uses it: list, detail, clear, settings (saved), HAR and curl. */
export class NetlogService {
  constructor(private readonly deps: NetlogServiceDeps) {}

  /** Every exchange kept, without bodies. */
  list(): Exchange[] {
    return this.deps.wireLog.list().map(summarizeExchange);
  }

  /** One exchange with its bodies and stream chunks. */
  get(id: string): Exchange {
    const e = this.deps.wireLog.get(id);
    if (!e) throw new AppError('not-found', 'That exchange is no longer in the log (it keeps the most recent ones).');
    return e;
  }

  /** Forgets everything; returns how many exchanges there were. */
  clear(): number {
    const cleared = this.deps.wireLog.size;
    this.deps.wireLog.clear();
    return cleared;
  }

  /**
   * Changes level or caps (saved for the next start) and returns the settings in effect. Asked
   * with no change (the window reading them as it opens), it writes nothing.
   */
  settings(change: Partial<NetlogSettings>): NetlogSettings {
    const changed = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined));
    const changes = Object.keys(changed).length > 0;
    if (changes) this.deps.wireLog.setLimits(changed);
    const { level, maxEntries, maxBodyChars } = this.deps.wireLog.getLimits();
    if (changes) writeSection(this.deps.store, 'netlog', { level, maxEntries, maxBodyChars });
    return { level, maxEntries, maxBodyChars };
  }

  /** The chosen exchanges (or all) as a HAR 1.2 log, redacted as recorded. */
  har(ids?: string[]): { har: string; count: number } {
    const wanted = ids ? new Set(ids) : undefined;
    const entries = this.deps.wireLog.list().filter((e) => !wanted || wanted.has(e.id));
    return { har: JSON.stringify(toHar(entries, { name: 'Switchboard', version: this.deps.version }), null, 2), count: entries.length };
  }

  /** A curl command for an exchange: redacted, or with the real key straight to the main-process clipboard. */
  async curl(id: string, withKey = false): Promise<{ curl?: string; copied: boolean }> {
    const e = this.get(id);
    const { writeClipboard } = this.deps;
    if (!withKey) {
      const curl = toCurl(e);
      writeClipboard?.(curl);
      return { curl, copied: !!writeClipboard };
    }
    if (!writeClipboard) throw new AppError('unsupported', 'Copying a command with the real key is only available in the desktop app, where it goes straight to the clipboard.');
    if (!e.providerId) throw new AppError('no-key', 'This request belongs to no provider, so there is no key to put in.');
    const real = authHeaders(await this.deps.target(e.providerId));
    if (!Object.keys(real).length) throw new AppError('no-key', 'There is no key configured for this provider now.');
    writeClipboard(toCurl(e, real));
    return { copied: true };
  }
}

/** Log level and caps as saved, ignoring anything malformed. */
export function readNetlogSettings(store: KeyValueStore): Partial<WireLogLimits> {
  const saved = readSection(store, 'netlog') ?? {};
  return Object.fromEntries(Object.entries(saved).filter(([, v]) => v !== undefined)) as Partial<WireLogLimits>;
}
