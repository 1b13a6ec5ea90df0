import { readFileSync, writeFileSync } from 'node:fs';
import { randomId, systemClock } from '../core/clock';
import type { KeyStatus } from '../shared/keys';
import { toHar } from '../core/net/har';
import { RecordingFetch, type FetchLike } from '../core/net/recording-fetch';
import { WireLog } from '../core/net/wire-log';
import { ProxyState } from '../core/net/proxy-state';
import { parseProxyUrl, SYSTEM_PROXY } from '../core/net/proxy';
import { createProxiedFetch } from '../host/proxied-fetch';
import { resolveTarget } from '../core/providers/provider-settings';
import type { ProviderPreset } from '../shared/provider';
import { openSavedSetup } from './saved-setup';
import type { ResolvedTarget } from '../core/providers/types';
import type { CliArgs } from './args';
import { UsageError } from './usage';
import type { ToolApprovalRequest, ToolDecision } from '../shared/tools';

/** Where the CLI writes and what it reads: real process streams in use, buffers in tests. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readStdin(): Promise<string>;
  env: Readonly<Record<string, string | undefined>>;
  fetch: FetchLike;
  /** Aborted on Ctrl-C: a running answer stops and what arrived is printed. */
  signal?: AbortSignal;
  version?: string;
  /** The data folder when --data-dir is not given: the desktop app's. */
  dataDir: string;
  /** Asks the user on the terminal whether a tool call may run; `no-terminal` when there is none. */
  askTool?(request: ToolApprovalRequest): Promise<ToolDecision | 'no-terminal'>;
}

/** Where the key came from: the flag, the generic variable, the provider's variable, or the saved setup. */
export type CliKeySource = { kind: 'file'; path: string } | { kind: 'switchboard-env' } | { kind: 'provider-env'; name: string } | { kind: 'saved'; dataDir: string } | { kind: 'none' };

/** The key given on the command line or in the environment, and where it came from. */
export function cliKey(args: CliArgs, io: CliIo, envVar: string | undefined): { key: string | undefined; source: CliKeySource } {
  if (args.keyFile) {
    try {
      return { key: readFileSync(args.keyFile, 'utf8'), source: { kind: 'file', path: args.keyFile } };
    } catch (error) {
      throw new UsageError(`Cannot read --key-file: ${(error as Error).message}`);
    }
  }
  if (io.env.SWITCHBOARD_API_KEY) return { key: io.env.SWITCHBOARD_API_KEY, source: { kind: 'switchboard-env' } };
  if (envVar && io.env[envVar]) return { key: io.env[envVar], source: { kind: 'provider-env', name: envVar } };
  return { key: undefined, source: { kind: 'none' } };
}

/** Where a key came from, in the words of the command line. Pure. */
export function describeKeySource(source: CliKeySource): string {
  switch (source.kind) {
    case 'file':
      return `key from --key-file ${source.path}`;
    case 'switchboard-env':
      return 'key from SWITCHBOARD_API_KEY';
    case 'provider-env':
      return `key from ${source.name}`;
    case 'saved':
      return `key saved in ${source.dataDir}`;
    default:
      return 'no key';
  }
}

/** The doctor's view of the key's source, from the CLI's. */
export function keyStatusFor(target: ResolvedTarget, source: CliKeySource, io: CliIo, envVar: string | undefined): KeyStatus {
  const envValue = envVar ? io.env[envVar] : undefined;
  const explicit = source.kind === 'file' || source.kind === 'switchboard-env' || source.kind === 'saved';
  return {
    providerId: target.providerId,
    source: explicit ? 'stored' : target.key ? 'env' : 'none',
    persisted: false,
    warnings: [],
    needsReentry: false,
    ...(envVar ? { envVar } : {}),
    envPresent: !!envValue,
    envDiffers: explicit && !!envValue && envValue !== target.key,
  };
}

/** A run's provider setup: what it will send, where the key came from, what the CLI could not use. */
export interface CliSetup {
  target: ResolvedTarget;
  preset: ProviderPreset;
  keySource: CliKeySource;
  /** The app saved a key the CLI cannot open (sealed with the OS keychain). */
  sealedKey: boolean;
  dataDir: string;
  /** A note for stderr (the saved settings could not be read). */
  note?: string;
}

/**
 * The provider setup for a run: flags over what the app saved in the data folder over the preset.
 * The key: --key-file, else SWITCHBOARD_API_KEY, else the provider's variable, else a saved key
 * the CLI can open. Header values: saved ones the CLI can open, then --header flags.
 */
export async function cliTarget(args: CliArgs, io: CliIo): Promise<CliSetup> {
  const dataDir = args.dataDir ?? io.dataDir;
  const saved = openSavedSetup(dataDir);
  const preset = saved.catalog.find(args.provider ?? '');
  if (!preset) throw new UsageError(`Unknown provider "${args.provider ?? ''}". Run "providers" to see the ids.`, args.command);
  const stored = saved.config(preset.id);
  const baseUrl = args.baseUrl ?? stored.baseUrl ?? preset.baseUrl;
  if (preset.id === 'custom' && !baseUrl) throw new UsageError('--provider custom needs --base-url URL (and --protocol, unless the host speaks openai-chat).', args.command);
  const timeouts = args.timeoutS ? { timeouts: { firstByteS: args.timeoutS, idleS: args.timeoutS } } : stored.timeouts ? { timeouts: stored.timeouts } : {};
  const headers = { ...(await saved.headers(preset.id, stored.headerNames ?? [])), ...args.headers };
  const protocol = args.protocol ?? stored.protocol;
  const config = { baseUrl, ...(protocol ? { protocol } : {}), ...(stored.model ? { model: stored.model } : {}), headers, ...timeouts };
  let { key, source } = cliKey(args, io, preset.keyEnv);
  if (key === undefined) {
    const savedKey = await saved.key(preset.id);
    if (savedKey !== undefined) ({ key, source } = { key: savedKey, source: { kind: 'saved', dataDir } });
  }
  return {
    target: resolveTarget(preset, config, key, args.model),
    preset,
    keySource: source,
    sealedKey: key === undefined && saved.hasSealedKey(preset.id),
    dataDir,
    ...(saved.problem ? { note: saved.problem } : {}),
  };
}

/** The recording network of one CLI run (through --proxy, or the environment's proxy), and how to write its HAR. */
export function cliNetwork(io: CliIo, args: Pick<CliArgs, 'proxy'> = {}) {
  const state = new ProxyState();
  if (args.proxy) {
    let proxy;
    try {
      proxy = parseProxyUrl(args.proxy);
    } catch (error) {
      throw new UsageError(`--proxy: ${(error as Error).message}`);
    }
    state.set({ mode: 'custom', bypass: '', ...proxy });
  } else state.set(SYSTEM_PROXY);
  const proxied = createProxiedFetch(state, io.env, io.fetch);
  const log = new WireLog({ maxEntries: 1000 });
  const http = new RecordingFetch(proxied.fetch, log, systemClock, randomId, proxied);
  return {
    log,
    http,
    /** Writes the exchanges so far as HAR 1.2 (redacted as recorded). */
    writeHar(file: string | undefined): void {
      if (file) writeFileSync(file, `${JSON.stringify(toHar(log.list(), { name: 'Switchboard', version: io.version ?? '0.0.0' }), null, 2)}\n`);
    },
    /** Lets the process end: closes the proxy connections. */
    close: () => proxied.close(),
  };
}
