import { runDoctor } from '../../core/diagnose/doctor';
import { adapterFor } from '../../core/providers/protocols';
import type { CliArgs } from '../args';
import { cliNetwork, cliTarget, describeKeySource, keyStatusFor, type CliIo } from '../context';
import { formatDoctorReport } from '../doctor-report';
import { exchangeJson, jsonText } from '../output';

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
    return report.ok ? 0 : 1;
  } finally {
    net.writeHar(args.har);
    await net.close();
  }
}
