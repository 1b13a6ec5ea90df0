import { PRESETS } from '../../core/providers/registry';
import type { CliArgs } from '../args';
import type { CliIo } from '../context';
import { jsonText } from '../output';

/** `providers`: every preset with its protocol, base URL and key variable. */
export function providersCommand(args: CliArgs, io: CliIo): number {
  if (args.json) io.out(jsonText(PRESETS.map((p) => ({ id: p.id, name: p.name, protocol: p.protocol, baseUrl: p.baseUrl, auth: p.auth, keyEnv: p.keyEnv ?? null }))));
  else for (const p of PRESETS) io.out(`${p.id.padEnd(14)} ${p.protocol.padEnd(17)} ${(p.baseUrl || '(set --base-url)').padEnd(52)} ${p.keyEnv ?? ''}\n`);
  return 0;
}
