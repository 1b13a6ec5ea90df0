import { readFileSync } from 'node:fs';
import { runChat } from '../core/chat/run-chat';
import { randomId, systemClock } from '../core/clock';
import { AppError } from '../shared/errors';
import { RecordingFetch, type FetchLike } from '../core/net/recording-fetch';
import { WireLog } from '../core/net/wire-log';
import { adapterFor } from '../core/providers/protocols';
import { requirePreset, resolveTarget } from '../core/providers/provider-settings';
import { PRESETS } from '../core/providers/registry';
import type { ResolvedTarget, WireMessage } from '../core/providers/types';
import { causeInfo } from '../core/diagnose/causes';
import { fetchModelList, ModelListError } from '../core/providers/fetch-models';
import { refineModelCauses } from '../core/chat/refine-model-causes';
import { USAGE, UsageError, type CliArgs } from './args';
import { runDoctor } from '../core/diagnose/doctor';
import type { KeyStatus } from '../shared/keys';
import { formatDoctorReport } from './doctor-report';
import { exchangeJson } from './exchange-json';

/** Where the CLI writes and what it reads: real process streams in use, buffers in tests. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readStdin(): Promise<string>;
  env: Readonly<Record<string, string | undefined>>;
  fetch: FetchLike;
}

function keyFor(args: CliArgs, io: CliIo, envVar: string | undefined): string | undefined {
  if (args.keyFile) {
    try {
      return readFileSync(args.keyFile, 'utf8');
    } catch (error) {
      throw new UsageError(`Cannot read --key-file: ${(error as Error).message}`);
    }
  }
  return io.env.SWITCHBOARD_API_KEY || (envVar ? io.env[envVar] : undefined) || undefined;
}

/** Where the CLI's key came from, for the doctor's key check (env override, source). */
function keyStatusFor(target: ResolvedTarget, args: CliArgs, io: CliIo): KeyStatus {
  const envVar = requirePreset(target.providerId).keyEnv;
  const source = args.keyFile ? 'stored' : io.env.SWITCHBOARD_API_KEY ? 'stored' : target.key ? 'env' : 'none';
  const envValue = envVar ? io.env[envVar] : undefined;
  return {
    providerId: target.providerId,
    source,
    persisted: false,
    warnings: [],
    needsReentry: false,
    ...(envVar ? { envVar } : {}),
    envPresent: !!envValue,
    envDiffers: source === 'stored' && !!envValue && envValue !== target.key,
  };
}

function targetFor(args: CliArgs, io: CliIo): ResolvedTarget {
  let preset;
  try {
    preset = requirePreset(args.provider ?? '');
  } catch (error) {
    throw new UsageError(`${(error as Error).message} Run "providers" to see the ids.`);
  }
  const config = { ...(args.baseUrl ? { baseUrl: args.baseUrl } : {}), ...(args.protocol ? { protocol: args.protocol } : {}), headers: args.headers };
  return resolveTarget(preset, config, keyFor(args, io, preset.keyEnv), args.model);
}

function causeLines(ids: readonly string[]): string {
  return ids.map((id) => {
    const c = causeInfo(id as Parameters<typeof causeInfo>[0]);
    return `  - ${c.title} [${id}]: ${c.explanation}\n    Fix: ${c.fix}`;
  }).join('\n');
}

/** Runs one CLI command; returns the exit code. */
export async function runCli(args: CliArgs, io: CliIo): Promise<number> {
  if (args.command === 'help') {
    io.out(`${USAGE}\n`);
    return 0;
  }
  if (args.command === 'providers') {
    if (args.json) io.out(`${JSON.stringify(PRESETS.map((p) => ({ id: p.id, name: p.name, protocol: p.protocol, baseUrl: p.baseUrl, auth: p.auth, keyEnv: p.keyEnv ?? null })), null, 2)}\n`);
    else for (const p of PRESETS) io.out(`${p.id.padEnd(12)} ${p.protocol.padEnd(17)} ${(p.baseUrl || '(set --base-url)').padEnd(52)} ${p.keyEnv ?? ''}\n`);
    return 0;
  }
  const target = targetFor(args, io);
  const log = new WireLog({ maxEntries: 50 });
  const http = new RecordingFetch(io.fetch, log, systemClock, randomId);
  const adapter = adapterFor(target.protocol);

  const models = () => fetchModelList(http, adapter, target);
  if (args.command === 'models') {
    try {
      const { models: list } = await models();
      if (args.json) io.out(`${JSON.stringify({ models: list.map((m) => m.id), exchanges: log.list().map(exchangeJson) }, null, 2)}\n`);
      else for (const m of list) io.out(`${m.id}\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof ModelListError)) throw error;
      const causes = error.causes ?? [];
      if (args.json) io.out(`${JSON.stringify({ models: [], error: { ...(error.status ? { status: error.status } : {}), message: error.message, causes }, exchanges: log.list().map(exchangeJson) }, null, 2)}\n`);
      else io.err(`${error.message}\n${causeLines(causes)}\n`);
      return 1;
    }
  }

  if (args.command === 'doctor') {
    const report = await runDoctor({ http, adapter, target, keyStatus: keyStatusFor(target, args, io) });
    if (args.json) {
      io.out(`${JSON.stringify({ ok: report.ok, provider: report.provider, baseUrl: report.baseUrl, model: report.model, checks: report.checks.map(({ id, status, message, causes }) => ({ id, status, message, causes })), causes: report.causes, ...(report.ambiguity ? { ambiguity: report.ambiguity } : {}), exchanges: report.exchanges.map(exchangeJson) }, null, 2)}\n`);
    } else io.out(formatDoctorReport(report));
    return report.ok ? 0 : 1;
  }

  const message = args.message ?? (await io.readStdin());
  if (!message.trim()) throw new UsageError('chat needs a message: --message TEXT or text on stdin.');
  const messages: WireMessage[] = [...(args.system ? [{ role: 'system' as const, content: args.system }] : []), { role: 'user', content: message }];
  const raw = await runChat({
    http,
    adapter,
    target,
    messages,
    stream: args.stream,
    onEvent: (event) => {
      if (!args.json && event.type === 'text') io.out(event.text);
    },
  });
  const outcome = await refineModelCauses(raw, target.model, async () => (await models()).models.map((m) => m.id));
  if (args.json) {
    io.out(
      `${JSON.stringify(
        {
          text: outcome.text,
          ...(outcome.reasoning ? { reasoning: outcome.reasoning } : {}),
          finishReason: outcome.finishReason ?? null,
          ...(outcome.usage ? { usage: outcome.usage } : {}),
          ...(outcome.toolCalls.length ? { toolCalls: outcome.toolCalls } : {}),
          ...(outcome.error ? { error: { ...(outcome.error.status ? { status: outcome.error.status } : {}), message: outcome.error.message, causes: outcome.error.causes } } : {}),
          exchanges: log.list().map(exchangeJson),
        },
        null,
        2,
      )}\n`,
    );
  } else {
    if (outcome.text) io.out('\n');
    if (outcome.error) io.err(`${outcome.error.status ? `HTTP ${outcome.error.status}: ` : ''}${outcome.error.message}\n${causeLines(outcome.error.causes)}\n`);
  }
  return outcome.error ? 1 : 0;
}

/** Maps an exception to an exit code and message. */
export function exitCodeFor(error: unknown, io: Pick<CliIo, 'err'>): number {
  if (error instanceof UsageError) {
    io.err(`${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (error instanceof AppError) {
    io.err(`${error.message}\n`);
    return error.code === 'protocol-unsupported' ? 2 : 1;
  }
  io.err(`${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
}
