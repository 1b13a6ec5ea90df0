import { writeFileSync } from 'node:fs';
import { runDoctor } from '../../core/diagnose/doctor';
import { buildBundle } from '../../core/diagnose/bundle';
import { fingerprint } from '../../core/net/redact';
import { maskSecret } from '../../core/net/mask';
import type { ResolvedTarget } from '../../core/providers/types';
import type { DoctorReport } from '../../shared/doctor';
import type { Exchange } from '../../shared/exchange';
import type { ProviderPreset } from '../../shared/provider';
import { adapterFor } from '../../core/providers/protocols';
import type { CliArgs } from '../args';
import { cliNetwork, cliTarget, describeKeySource, keyStatusFor, type CliIo } from '../context';
import { formatDoctorReport } from '../doctor-report';
import { exchangeJson, jsonText } from '../output';

// The diagnostic bundle: what it holds is said first (on stderr), then it is written.
function writeBundle(file: string, io: CliIo, input: { preset: ProviderPreset; target: ResolvedTarget; keyOrigin: string; report: DoctorReport; exchanges: Exchange[] }): void {
  const { target, preset } = input;
  const key = target.key ? { source: input.keyOrigin, masked: maskSecret(target.key.trim()), length: target.key.length, fingerprint: fingerprint(target.key.trim()) } : { source: 'none' };
  const bundle = buildBundle({
    app: { name: 'Switchboard', version: io.version ?? '0.0.0', transport: 'cli' },
    provider: { id: preset.id, name: preset.name, baseUrl: target.baseUrl, protocol: target.protocol, model: target.model, headerNames: Object.keys(target.headers), key },
    report: input.report,
    exchanges: input.exchanges,
    now: Date.now(),
  });
  io.err(`Writing ${file}, with:\n${bundle.summary.map((l) => `  - ${l}`).join('\n')}\n`);
  writeFileSync(file, bundle.text);
}

/** `doctor`: static checks, the model list and a one-word chat, each cause with its fix. */
export async function doctorCommand(args: CliArgs, io: CliIo): Promise<number> {
  const { target, keySource, preset, sealedKey, note } = await cliTarget(args, io);
  if (note) io.err(`${note}\n`);
  const net = cliNetwork(io, args);
  try {
    const report = await runDoctor({ http: net.http, adapter: adapterFor(target.protocol), target, keyStatus: keyStatusFor(target, keySource, io, preset.keyEnv), keyOrigin: describeKeySource(keySource) });
    if (args.json) {
      const checks = report.checks.map(({ id, status, message, causes }) => ({ id, status, message, causes }));
      io.out(
        jsonText({
          ok: report.ok,
          provider: report.provider,
          baseUrl: report.baseUrl,
          model: report.model,
          checks,
          causes: report.causes,
          ...(report.suggestedBaseUrl ? { suggestedBaseUrl: report.suggestedBaseUrl } : {}),
          ...(report.ambiguity ? { ambiguity: report.ambiguity } : {}),
          exchanges: report.exchanges.map(exchangeJson),
        }),
      );
    } else io.out(formatDoctorReport(report, { keySource, sealedKey, ...(preset.keyEnv ? { envVar: preset.keyEnv } : {}) }));
    if (args.bundle) writeBundle(args.bundle, io, { preset, target, keyOrigin: describeKeySource(keySource), report, exchanges: net.log.list() });
    return report.ok ? 0 : 1;
  } finally {
    net.writeHar(args.har);
    await net.close();
  }
}
