/**
 * Browser preview entry: `npm run dev:web -- [--port N] [--data-dir DIR]`.
 * Serves the built renderer and the real core on 127.0.0.1 only.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listenPreview, type PreviewListener } from './web/listener';
import type { Preview } from './web/server';
import { readVersion } from './version';
import { installCrashPolicy, keepWasmOnBaselineCompiler, leaveNetworkOutOfReports } from './host/process-policy';

installCrashPolicy('keep-serving');
leaveNetworkOutOfReports();
keepWasmOnBaselineCompiler();

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
// Listen first and say where, then load and open the core while the browser loads the page: the
// core's modules and its settings and history take about as long to open as the page takes to
// load, so done one after the other they made the chat appear that much later. WebSocket calls
// wait for it. The core loads at once, not once the page is served: a browser opened from the URL
// takes ~25 ms to ask for the page, time the core's modules use; a request that comes while they
// run waits for them, but the page would have waited for the core in any case.
let listener: PreviewListener;
try {
  listener = await listenPreview({ port, staticDir: resolve('dist/renderer') });
} catch (error) {
  const code = (error as { code?: string }).code;
  console.error(code === 'EADDRINUSE' ? `Port ${port} is in use; pass --port N, or --port 0 for any free port.` : (error as Error).message);
  process.exit(1);
}
console.log(`Switchboard preview: ${listener.url}`);
console.log(`Data directory: ${dataDir} (keys encrypted with a key file there; the desktop app uses the OS keychain)`);
let preview: Preview | undefined;
// SIGINT/SIGTERM: stop running answers and save what arrived, then leave (within 2 s whatever happens).
const stop = () => {
  setTimeout(() => process.exit(0), 2000).unref();
  void (preview ?? listener).close().finally(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
try {
  const { openPreview } = await import('./web/server');
  preview = openPreview(listener, { dataDir, version: readVersion() });
} catch (error) {
  // The data folder cannot be used (a settings file from a newer version, a history that does not open).
  console.error((error as Error).message);
  process.exit(1);
}
