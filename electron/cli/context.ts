import { readFileSync, writeFileSync } from 'node:fs';
import { randomId, systemClock } from '../core/clock';
import type { KeyStatus } from '../shared/keys';
import { toHar } from '../core/net/har';
import { RecordingFetch, type FetchLike } from '../core/net/recording-fetch';
import { WireLog } from '../core/net/wire-log';
import { requirePreset, resolveTarget } from '../core/providers/provider-settings';
import type { ResolvedTarget } from '../core/providers/types';
import type { CliArgs } from './args';
import { UsageError } from './usage';

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
}

/** Where the key came from: the flag, the generic variable, or the provider's variable. */
export type CliKeySource = { kind: 'file'; path: string } | { kind: 'switchboard-env' } | { kind: 'provider-env'; name: string } | { kind: 'none' };

/** The key for a run, and where it came from. */
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

/** The doctor's view of the key's source, from the CLI's. */
export function keyStatusFor(target: ResolvedTarget, source: CliKeySource, io: CliIo): KeyStatus {
  const envVar = requirePreset(target.providerId).keyEnv;
  const envValue = envVar ? io.env[envVar] : undefined;
  const explicit = source.kind === 'file' || source.kind === 'switchboard-env';
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

/** The provider setup for a run: preset, flags over it, the key. */
export function cliTarget(args: CliArgs, io: CliIo): { target: ResolvedTarget; keySource: CliKeySource } {
  let preset;
  try {
    preset = requirePreset(args.provider ?? '');
  } catch (error) {
    throw new UsageError(`${(error as Error).message} Run "providers" to see the ids.`, args.command);
  }
  const timeouts = args.timeoutS ? { timeouts: { firstByteS: args.timeoutS, idleS: args.timeoutS } } : {};
  const config = { ...(args.baseUrl ? { baseUrl: args.baseUrl } : {}), ...(args.protocol ? { protocol: args.protocol } : {}), headers: args.headers, ...timeouts };
  const { key, source } = cliKey(args, io, preset.keyEnv);
  return { target: resolveTarget(preset, config, key, args.model), keySource: source };
}

/** The recording network of one CLI run, and how to write its HAR. */
export function cliNetwork(io: CliIo) {
  const log = new WireLog({ maxEntries: 1000 });
  const http = new RecordingFetch(io.fetch, log, systemClock, randomId);
  return {
    log,
    http,
    /** Writes the exchanges so far as HAR 1.2 (redacted as recorded). */
    writeHar(file: string | undefined): void {
      if (file) writeFileSync(file, `${JSON.stringify(toHar(log.list(), { name: 'Switchboard', version: io.version ?? '0.0.0' }), null, 2)}\n`);
    },
  };
}
