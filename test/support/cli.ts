import { parseCli } from '../../electron/cli/args';
import { exitCodeFor, runCli, type CliIo } from '../../electron/cli/run';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const NO_DATA_DIR = join(tmpdir(), 'switchboard-test-no-data-dir', 'absent');

/** Runs the CLI in-process as `switchboard ...argv` would, capturing its output and exit code. */
export async function cli(argv: string[], env: Record<string, string> = {}, stdin = '', signal?: AbortSignal): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  // The app's data folder when --data-dir is absent: one that does not exist, so no test reads a real one.
  const io: CliIo = { out: (t) => (out += t), err: (t) => (err += t), readStdin: async () => stdin, env, fetch: (i, init) => fetch(i, init), ...(signal ? { signal } : {}), dataDir: NO_DATA_DIR };
  let code: number;
  try {
    code = await runCli(parseCli(argv), io);
  } catch (error) {
    code = exitCodeFor(error, io);
  }
  return { code, out, err };
}
