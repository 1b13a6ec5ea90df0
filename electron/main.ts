/**
 * Composition root of the desktop app: the app scheme, guards, Electron adapters into the core, IPC
 * registration, windows. The only file besides electron/adapters that touches Electron.
 *
 * No top-level await here or in anything this file imports (lint enforces it): Electron emits
 * `ready` only after the entry module has finished evaluating, so awaiting it at the top level
 * waits forever (electron/electron#40719).
 */
import { join } from 'node:path';
import { app, BrowserWindow, clipboard, type IpcMainInvokeEvent } from 'electron';
import { createCore } from './core/app';
import { createDispatcher } from './ipc/serve';
import { createHandlers } from './ipc/handlers';
import { SafeStorageCipher } from './adapters/safe-storage-cipher';
import { openSettingsFile } from './core/settings/settings-file';
import { broadcast, isOwnFrame, registerIpc } from './adapters/ipc-transport';
import { openWindow, rendererRoot } from './adapters/windows';
import { handleAppScheme, registerAppScheme } from './adapters/app-scheme';
import { installContentGuards } from './adapters/guards';
import { installPermissionHandlers } from './adapters/permissions';
import { createElectronNetwork } from './adapters/electron-network';
import { ProxyState } from './core/net/proxy-state';
import { showFatal } from './adapters/fatal';
import { buildMenu } from './adapters/menu';
import { installCrashPolicy, keepWasmOnBaselineCompiler } from './host/process-policy';
import { loginShellPath } from './host/login-shell-path';

const windows = () => BrowserWindow.getAllWindows();
let mainWindow: BrowserWindow | undefined;
let settingsWindow: BrowserWindow | undefined;
let shellPath: Promise<string> | undefined;

function focus(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

function openMain(): void {
  if (mainWindow && !mainWindow.isDestroyed()) return focus(mainWindow);
  mainWindow = openWindow();
}

function openSettings(): void {
  if (settingsWindow && !settingsWindow.isDestroyed()) return focus(settingsWindow);
  settingsWindow = openWindow('#/settings', { width: 900, height: 700 });
}

function start(): void {
  handleAppScheme(rendererRoot());
  installPermissionHandlers();
  const { store, problem } = openSettingsFile(join(app.getPath('userData'), 'settings.json'));
  if (problem) console.warn(problem);
  // net.request (not net.fetch) for the system's proxy: Chromium's stack, every redirect hop
  // visible to the doctor and the wire log; undici for a proxy set in the app (electron-network.ts).
  const proxyState = new ProxyState();
  const network = createElectronNetwork(proxyState, process.env);
  const core = createCore({
    fetch: network.fetch,
    network: { state: proxyState, route: network.route, systemMeans: 'os' },
    cipher: new SafeStorageCipher(),
    store,
    dataDir: app.getPath('userData'),
    env: process.env,
    transport: 'electron',
    version: app.getVersion(),
    push: broadcast(windows),
    writeClipboard: (text) => clipboard.writeText(text),
    // Asked once, when the first stdio MCP server starts.
    pathEnv: () => (shellPath ??= loginShellPath()),
    ...(problem ? { startupProblems: [problem] } : {}),
  });
  registerIpc(createDispatcher<IpcMainInvokeEvent>(createHandlers(core), (event) => isOwnFrame(event, windows)));
  buildMenu({ openSettings });
  openMain();
  app.on('activate', openMain);
  // Quitting stops running answers and saves what arrived (bounded: the app quits within 2 s).
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    const done = () => {
      closed = true;
      app.quit();
    };
    setTimeout(done, 2000).unref();
    void core
      .close()
      .then(() => network.close())
      .finally(done);
  });
}

installCrashPolicy('keep-serving');
keepWasmOnBaselineCompiler();

// Before `ready`: the scheme's privileges, the sandbox, and the guards of every future window.
registerAppScheme();
app.enableSandbox();
installContentGuards();

// One app process per data directory: a second launch hands over to the first and leaves.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => (mainWindow && !mainWindow.isDestroyed() ? focus(mainWindow) : openMain()));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => showFatal(error));
}
