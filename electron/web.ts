/**
 * Browser preview entry: `npm run dev:web -- [--port N] [--data-dir DIR]`.
 * Serves the built renderer and the real core on 127.0.0.1 only.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startPreview } from './web/server';
import { readVersion } from './version';
import { installCrashPolicy } from './host/process-policy';

installCrashPolicy('keep-serving');

const { values } = parseArgs({
  options: { port: { type: 'string' }, 'data-dir': { type: 'string' } },
  allowPositionals: false,
});
const port = values.port ? Number(values.port) : 5199;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535, got ${values.port}`);
  process.exit(2);
}
const dataDir = resolve(values['data-dir'] ?? join(homedir(), '.switchboard-preview'));
let preview;
try {
  preview = await startPreview({ port, dataDir, staticDir: resolve('dist/renderer'), version: readVersion() });
} catch (error) {
  const code = (error as { code?: string }).code;
  console.error(code === 'EADDRINUSE' ? `Port ${port} is in use; pass --port N, or --port 0 for any free port.` : (error as Error).message);
  process.exit(1);
}
console.log(`Switchboard preview: ${preview.url}`);
console.log(`Data directory: ${dataDir} (keys encrypted with a key file there; the desktop app uses the OS keychain)`);
// SIGINT/SIGTERM: stop running answers and save what arrived, then leave (within 2 s whatever happens).
const stop = () => {
  setTimeout(() => process.exit(0), 2000).unref();
  void preview.close().finally(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
