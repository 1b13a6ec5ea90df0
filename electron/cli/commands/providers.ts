import type { CliArgs } from '../args';
import type { CliIo } from '../context';
import { jsonText } from '../output';
import { openSavedSetup } from '../saved-setup';

/**
 * `providers`: every preset and every provider the user defined in the app (read from the data
 * folder), with the base URL in effect, protocol, key variable and regions.
 */
export function providersCommand(args: CliArgs, io: CliIo): number {
  const saved = openSavedSetup(args.dataDir ?? io.dataDir);
  if (saved.problem) io.err(`${saved.problem}\n`);
  const rows = saved.catalog.all().map((p) => {
    const config = saved.config(p.id);
    return {
      id: p.id,
      name: p.name,
      protocol: config.protocol ?? p.protocol,
      baseUrl: config.baseUrl ?? p.baseUrl,
      auth: p.auth,
      keyEnv: p.keyEnv ?? null,
      ...(p.regions ? { regions: p.regions } : {}),
      ...(p.userDefined ? { userDefined: true } : {}),
    };
  });
  if (args.json) io.out(jsonText(rows));
  else for (const p of rows) io.out(`${p.id.padEnd(14)} ${p.protocol.padEnd(17)} ${(p.baseUrl || '(set --base-url)').padEnd(52)} ${p.keyEnv ?? (p.userDefined ? '(yours)' : '')}\n`);
  return 0;
}
