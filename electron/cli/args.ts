import { parseArgs } from 'node:util';
import { PROTOCOLS, type Protocol } from '../shared/protocols';

/** A usage error: exit code 2 with a message. */
export class UsageError extends Error {}

/** Parsed command line. */
export interface CliArgs {
  command: 'providers' | 'models' | 'chat' | 'doctor' | 'help';
  provider?: string;
  baseUrl?: string;
  protocol?: Protocol;
  headers: Record<string, string>;
  keyFile?: string;
  model?: string;
  system?: string;
  message?: string;
  stream: boolean;
  json: boolean;
}

/** The usage text. */
export const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  providers [--json]                          list provider presets
  models --provider ID [options] [--json]     list the host's models
  chat --provider ID --model M [options]      send one message (from --message or stdin)
       [--system S] [--message TEXT] [--no-stream] [--json]
  doctor --provider ID [options] [--model M] [--json]
                                              check config and key, then the model list and a
                                              one-line chat; name what is wrong and how to fix it

Options:
  --base-url URL        override the preset's base URL
  --protocol P          ${PROTOCOLS.join('|')}
  --header "Name: v"    extra request header (repeatable)
  --key-file PATH       read the key from a file, as-is (not trimmed)
Key: --key-file, else SWITCHBOARD_API_KEY, else the preset's environment variable.
Exit codes: 0 success, 1 the request failed, 2 usage error.`;

/** Parses argv (without node and script). Pure apart from throwing UsageError. */
export function parseCli(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        provider: { type: 'string' },
        'base-url': { type: 'string' },
        protocol: { type: 'string' },
        header: { type: 'string', multiple: true },
        'key-file': { type: 'string' },
        model: { type: 'string' },
        system: { type: 'string' },
        message: { type: 'string' },
        'no-stream': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const command = values.help ? 'help' : (positionals[0] ?? 'help');
  if (command !== 'providers' && command !== 'models' && command !== 'chat' && command !== 'doctor' && command !== 'help') throw new UsageError(`Unknown command "${command}".`);
  if (values.protocol !== undefined && !(PROTOCOLS as readonly string[]).includes(values.protocol)) {
    throw new UsageError(`--protocol must be one of ${PROTOCOLS.join(', ')}.`);
  }
  const headers: Record<string, string> = {};
  for (const h of values.header ?? []) {
    const i = h.indexOf(':');
    if (i <= 0) throw new UsageError(`--header must look like "Name: value", got "${h}".`);
    headers[h.slice(0, i).trim()] = h.slice(i + 1).trim();
  }
  if ((command === 'models' || command === 'chat' || command === 'doctor') && !values.provider) throw new UsageError(`${command} needs --provider (see "providers").`);
  if (command === 'chat' && !values.model) throw new UsageError('chat needs --model.');
  if (values.provider === 'custom' && (!values['base-url'] || !values.protocol)) throw new UsageError('--provider custom needs --base-url and --protocol.');
  return {
    command,
    headers,
    stream: !values['no-stream'],
    json: !!values.json,
    ...(values.provider ? { provider: values.provider } : {}),
    ...(values['base-url'] ? { baseUrl: values['base-url'] } : {}),
    ...(values.protocol ? { protocol: values.protocol as Protocol } : {}),
    ...(values['key-file'] ? { keyFile: values['key-file'] } : {}),
    ...(values.model ? { model: values.model } : {}),
    ...(values.system !== undefined ? { system: values.system } : {}),
    ...(values.message !== undefined ? { message: values.message } : {}),
  };
}
