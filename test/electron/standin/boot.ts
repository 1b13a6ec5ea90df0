/**
 * The stand-in's process entry (`node --import tsx --import ./register.mjs boot.ts`): starts the
 * browser (Electron's browser process is up before the app's code runs), imports the app's REAL
 * built main module, and emits `ready` only once that import has settled — so an entry that awaits
 * `ready` at its top level never gets it, exactly as in Electron (lib/browser/init.ts waits for the
 * app code to load before the browser main loop reports ready).
 */
import { pathToFileURL } from 'node:url';
import { app } from './app';
import { browserContext } from './browser-host';
import { onCommand, report } from './control';
import { markReady } from './lifecycle';
import { clickMenuItem, dialog } from './misc';
import { BrowserWindow } from './browser-window';
import { electronEvent } from './web-contents';

const main = process.env.STANDIN_MAIN;
if (!main) throw new Error('STANDIN_MAIN must name the built main module');
const PENDING_AFTER_MS = Number(process.env.STANDIN_PENDING_MS ?? 10_000);

onCommand((command) => {
  if (command.type === 'quit') app.quit();
  else if (command.type === 'menu-click' && !clickMenuItem(command.label)) process.stderr.write(`[stand-in] no menu item "${command.label}"\n`);
  else if (command.type === 'window-close') BrowserWindow.fromId(command.id)?.close();
});

// Electron reports an uncaught exception in the main process with an error box and keeps running.
process.on('uncaughtException', (error) => dialog.showErrorBox('A JavaScript error occurred in the main process', `Uncaught Exception:\n${error.stack ?? String(error)}`));
process.on('disconnect', () => app.exit(0));

await browserContext();
const started = Date.now();
let settled = false;
const watchdog = setTimeout(() => {
  if (settled) return;
  const afterMs = Date.now() - started;
  report({ type: 'entry-pending', afterMs });
  process.stderr.write(`[stand-in] the main module has not finished evaluating after ${afterMs} ms, so 'ready' has not been emitted. A top-level await of app.whenReady() (or of anything that waits for ready) never resolves in Electron.\n`);
}, PENDING_AFTER_MS);

import(pathToFileURL(main).href).then(
  () => {
    settled = true;
    clearTimeout(watchdog);
    app.emit('will-finish-launching');
    markReady();
    app.emit('ready', electronEvent({}), {});
    report({ type: 'ready' });
  },
  (error: unknown) => {
    settled = true;
    clearTimeout(watchdog);
    report({ type: 'entry-failed', message: String((error as Error)?.stack ?? error) });
    dialog.showErrorBox('A JavaScript error occurred in the main process', `Uncaught Exception:\n${String((error as Error)?.stack ?? error)}`);
    app.exit(1);
  },
);
