import { parseArgs } from 'node:util';
import { isProtocol, PROTOCOLS, type Protocol } from '../shared/protocols';
import { COMMAND_LINES, UsageError } from './usage';

export { UsageError, USAGE } from './usage';

const COMMANDS = ['providers', 'models', 'chat', 'doctor', 'history', 'compare', 'mcp', 'help'] as const;
/** How `chat --mcp-config` approves tool calls. */
export const APPROVE_MODES = ['ask', 'all', 'none'] as const;
/** A command name. */
export type Command = (typeof COMMANDS)[number];

/** Parsed command line. */
export interface CliArgs {
  command: Command;
  /** Words after the command (a subcommand, an id, a query, a file). */
  rest: string[];
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
  timeoutS?: number;
  har?: string;
  /** `compare --entry N`: the Nth entry of each file. */
  entry?: number;
  /** `doctor --bundle FILE`: a diagnostic bundle to share. */
  bundle?: string;
  /** Files to send with the message (`--attach`, repeatable). */
  attach: string[];
  /** An explicit proxy (http, https or socks5, with credentials if needed); else the environment's. */
  proxy?: string;
  dataDir?: string;
  conversation?: string;
  format?: string;
  out?: string;
  all: boolean;
  /** An `mcpServers` file: its servers' tools are offered to the model (chat), listed or checked (mcp). */
  mcpConfig?: string;
  /** How tool calls are approved: ask on the terminal (denied without one), run all, refuse all. */
  approve: (typeof APPROVE_MODES)[number];
}

const OPTIONS = {
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
  timeout: { type: 'string' },
  har: { type: 'string' },
  attach: { type: 'string', multiple: true },
  entry: { type: 'string' },
  bundle: { type: 'string' },
  proxy: { type: 'string' },
  'data-dir': { type: 'string' },
  conversation: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  all: { type: 'boolean' },
  'mcp-config': { type: 'string' },
  approve: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The closest known option to a mistyped one, if any is close. Pure. */
export function closestOption(typed: string): string | undefined {
  const distance = (a: string, b: string) => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0]![j] = j;
    for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length]![b.length]!;
  };
  const [best] = Object.keys(OPTIONS)
    .map((o) => ({ o, d: distance(typed, o) }))
    .sort((x, y) => x.d - y.d);
  return best && best.d <= Math.max(2, Math.floor(typed.length / 3)) ? best.o : undefined;
}

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    const unknown = /Unknown option '(-{1,2})([^']+)'/.exec((error as Error).message);
    if (unknown) {
      const near = closestOption(unknown[2]!);
      throw new UsageError(`Unknown option ${unknown[1]}${unknown[2]}.${near ? ` Did you mean --${near}?` : ''}`, argv.find((a) => !a.startsWith('-')));
    }
    throw new UsageError((error as Error).message.replace(/\. To specify.*$/s, '.'), argv.find((a) => !a.startsWith('-')));
  }
}

function headersFrom(lines: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const h of lines) {
    const i = h.indexOf(':');
    if (i <= 0) throw new UsageError(`--header must look like "Name: value", got "${h}".`);
    headers[h.slice(0, i).trim()] = h.slice(i + 1).trim();
  }
  return headers;
}

function check(command: Command, v: ReturnType<typeof parse>['values'], rest: string[]): void {
  const fail = (message: string) => {
    throw new UsageError(message, command);
  };
  if ((command === 'models' || command === 'chat' || command === 'doctor') && !v.provider) fail(`${command} needs --provider (see "providers").`);
  if (command === 'chat' && !v.model) fail('chat needs --model.');
  if (v.provider === 'custom' && (!v['base-url'] || !v.protocol)) fail('--provider custom needs --base-url and --protocol.');
  if (v.protocol !== undefined && !isProtocol(v.protocol)) fail(`--protocol must be one of ${PROTOCOLS.join(', ')}.`);
  if (v.timeout !== undefined && !(Number(v.timeout) > 0)) fail(`--timeout takes a number of seconds above zero, got "${v.timeout}".`);
  if (v.conversation !== undefined && !v['data-dir']) fail('--conversation needs --data-dir: the history it belongs to.');
  if (v.entry !== undefined && !(Number.isInteger(Number(v.entry)) && Number(v.entry) >= 1)) fail(`--entry takes an entry number from 1, got "${v.entry}".`);
  if (command === 'compare' && rest.length !== 2) fail('compare needs two HAR files: compare A.har B.har [--entry N]');
  if (command === 'mcp' && !['list', 'doctor'].includes(rest[0] ?? '')) fail('mcp needs list or doctor: mcp list|doctor --mcp-config FILE [--json]');
  if (command === 'mcp' && !v['mcp-config']) fail('mcp needs --mcp-config FILE (an mcpServers JSON file, as Claude Desktop writes it).');
  if (v.approve !== undefined && !(APPROVE_MODES as readonly string[]).includes(v.approve)) fail(`--approve must be one of ${APPROVE_MODES.join(', ')}.`);
  if (v.approve !== undefined && !v['mcp-config']) fail('--approve needs --mcp-config: it says how tool calls of those servers are approved.');
  if (command === 'history' && !['list', 'show', 'search', 'export', 'import'].includes(rest[0] ?? '')) fail(`history needs one of: list, show ID, search QUERY, export ID|--all, import FILE.`);
}

/** Parses argv (without node and script). Pure apart from throwing UsageError. */
export function parseCli(argv: string[]): CliArgs {
  const { values: v, positionals } = parse(argv);
  const first = v.help ? 'help' : (positionals[0] ?? 'help');
  if (!(COMMANDS as readonly string[]).includes(first)) throw new UsageError(`Unknown command "${first}".`);
  const command = first as Command;
  const rest = positionals.slice(1);
  check(command, v, rest);
  return {
    command,
    rest,
    headers: headersFrom(v.header ?? []),
    attach: v.attach ?? [],
    stream: !v['no-stream'],
    json: !!v.json,
    all: !!v.all,
    approve: (v.approve as CliArgs['approve'] | undefined) ?? 'ask',
    ...(v['mcp-config'] ? { mcpConfig: v['mcp-config'] } : {}),
    ...(v.provider ? { provider: v.provider } : {}),
    ...(v['base-url'] ? { baseUrl: v['base-url'] } : {}),
    ...(v.protocol ? { protocol: v.protocol as Protocol } : {}),
    ...(v['key-file'] ? { keyFile: v['key-file'] } : {}),
    ...(v.model ? { model: v.model } : {}),
    ...(v.system !== undefined ? { system: v.system } : {}),
    ...(v.message !== undefined ? { message: v.message } : {}),
    ...(v.timeout ? { timeoutS: Number(v.timeout) } : {}),
    ...(v.har ? { har: v.har } : {}),
    ...(v.proxy ? { proxy: v.proxy } : {}),
    ...(v.entry ? { entry: Number(v.entry) } : {}),
    ...(v.bundle ? { bundle: v.bundle } : {}),
    ...(v['data-dir'] ? { dataDir: v['data-dir'] } : {}),
    ...(v.conversation ? { conversation: v.conversation } : {}),
    ...(v.format ? { format: v.format } : {}),
    ...(v.out ? { out: v.out } : {}),
  };
}

/** The usage line for a command, for the short message after a mistake. */
export function usageLine(command: string | undefined): string {
  return command && COMMAND_LINES[command] ? `Usage: switchboard ${COMMAND_LINES[command]}` : 'Run "switchboard help" for the commands and options.';
}
