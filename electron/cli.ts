/** Headless entry on the same core: `switchboard providers|models|chat|doctor|history ...` (see help). */
import { parseCli } from './cli/args';
import { exitCodeFor, runCli, type CliIo } from './cli/run';
import { readVersion } from './version';
import { installCrashPolicy } from './host/process-policy';
import { defaultDataDir } from './host/data-dir';
import { askOnTerminal } from './cli/ask-tool';

installCrashPolicy('exit');

// `switchboard providers | head`: the reader left; stop quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// Ctrl-C once: stop the answer and print what arrived. Twice: leave at once.
const interrupt = new AbortController();
process.on('SIGINT', () => {
  if (interrupt.signal.aborted) process.exit(130);
  interrupt.abort();
});

const io: CliIo = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  readStdin: async () => {
    if (process.stdin.isTTY) return '';
    let text = '';
    for await (const chunk of process.stdin) text += chunk;
    return text;
  },
  env: process.env,
  fetch: (input, init) => fetch(input, init),
  signal: interrupt.signal,
  version: readVersion(),
  dataDir: defaultDataDir(),
  askTool: askOnTerminal,
};

let code: number;
try {
  code = await runCli(parseCli(process.argv.slice(2)), io);
} catch (error) {
  code = exitCodeFor(error, io);
}
process.exitCode = interrupt.signal.aborted && code === 0 ? 130 : code;
