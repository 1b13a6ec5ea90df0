/** Headless entry on the same core: `npm run cli -- providers|models|chat ...` (see --help). */
import { parseCli } from './cli/args';
import { exitCodeFor, runCli, type CliIo } from './cli/run';

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
};

let code: number;
try {
  code = await runCli(parseCli(process.argv.slice(2)), io);
} catch (error) {
  code = exitCodeFor(error, io);
}
process.exitCode = code;
