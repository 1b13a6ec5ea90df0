/**
 * Composition root of the desktop app: windows, Electron adapters into the core, IPC registration.
 * The only file besides electron/adapters that touches Electron.
 */
import { app, BrowserWindow, clipboard, Menu, net, type IpcMainInvokeEvent } from 'electron';
import { createCore } from './core/app';
import { createDispatcher } from './ipc/serve';
import { SafeStorageCipher } from './adapters/safe-storage-cipher';
import { openElectronStore } from './adapters/electron-store-kv';
import { broadcast, isOwnFrame, registerIpc } from './adapters/ipc-transport';
import { installCsp, openWindow, rendererUrl } from './adapters/windows';

const windows = () => BrowserWindow.getAllWindows();
let settingsWindow: BrowserWindow | undefined;

function openSettings(): void {
  if (settingsWindow && !settingsWindow.isDestroyed()) return settingsWindow.focus();
  settingsWindow = openWindow('#/settings', { width: 900, height: 700 });
}

function buildMenu(): void {
  const isMac = process.platform === 'darwin';
  const settingsItem = { label: 'Settings…', accelerator: 'CmdOrCtrl+,', click: openSettings };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      ...(isMac ? [{ label: app.name, submenu: [{ role: 'about' as const }, settingsItem, { type: 'separator' as const }, { role: 'quit' as const }] }] : []),
      { label: 'File', submenu: [...(isMac ? [] : [settingsItem, { type: 'separator' as const }]), { role: isMac ? ('close' as const) : ('quit' as const) }] },
      { role: 'editMenu' as const },
      { role: 'viewMenu' as const },
      { role: 'windowMenu' as const },
    ]),
  );
}

app.enableSandbox();
await app.whenReady();
installCsp();
const { store, problem } = openElectronStore();
if (problem) console.warn(problem);
const core = createCore({
  // net.fetch follows the system proxy settings, PAC files and proxy authentication.
  fetch: (input, init) => net.fetch(input, init),
  cipher: new SafeStorageCipher(),
  store,
  dataDir: app.getPath('userData'),
  env: process.env,
  transport: 'electron',
  version: app.getVersion(),
  push: broadcast(windows),
  writeClipboard: (text) => clipboard.writeText(text),
  ...(problem ? { startupProblems: [problem] } : {}),
});
const url = rendererUrl();
registerIpc(createDispatcher<IpcMainInvokeEvent>(core.handlers, (event) => isOwnFrame(event, windows, url)));
buildMenu();
openWindow();

app.on('activate', () => {
  if (windows().length === 0) openWindow();
});
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});
