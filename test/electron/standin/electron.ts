/**
 * ELECTRON STAND-IN — what `import … from 'electron'` resolves to when the REAL built main process
 * (dist-electron/main.js) and preload (dist-electron/preload.cjs) run under test (boot.ts). Windows
 * are real Chromium pages (playwright-core, Debian Chromium); the main process is a real Node
 * process. Faithful to Electron 45's documented behaviour for what the app uses:
 *
 * | behaviour | source | where |
 * | --- | --- | --- |
 * | `ready` only after the entry module (and its top-level awaits) evaluated | lib/browser/init.ts, spec/esm-spec.ts, issue #40719 | boot.ts |
 * | registerSchemesAsPrivileged and enableSandbox only before ready; protocol, session, net after | docs/api/protocol.md, app.md, net.md | protocol.ts, app.ts, misc.ts, net.ts |
 * | preload in an isolated world before page scripts, sandboxed `require` | docs/tutorial/context-isolation.md, sandbox.md | web-contents.ts, page-preload.js |
 * | contextBridge: copies, deep-frozen API, proxied functions and promises, errors keep the message | docs/api/context-bridge.md | page-bridge.js |
 * | ipcRenderer.invoke → ipcMain.handle with sender and senderFrame (url, origin, parent) | docs/api/ipc-main.md, lib/browser/ipc-dispatch.ts | web-contents.ts, ipc-main.ts, web-frame.ts |
 * | webContents.send → ipcRenderer listeners (structured clone) | docs/api/web-contents.md | web-contents.ts |
 * | protocol.handle answers with the handler's Response, headers (CSP) honoured | docs/api/protocol.md | protocol.ts, browser-host.ts |
 * | will-navigate / will-frame-navigate cancellable, not for loadURL; window.open via setWindowOpenHandler | docs/api/web-contents.md | web-contents.ts |
 * | net.fetch without `url`/`redirected`, manual redirect → "Redirect was cancelled" | issues #44725, #43715 | net.ts |
 * | net.request 'redirect' event, followRedirect inside it | docs/api/client-request.md | net.ts |
 * | safeStorage async API, keyring vs basic_text vs unavailable | docs/api/safe-storage.md | safe-storage.ts |
 * | session.setProxy (no credentials in rules), resolveProxy's PAC-style answer, closeAllConnections | docs/api/session.md, structures/proxy-config.md, net/base/proxy_string_util.cc | misc.ts |
 * | requestSingleInstanceLock + 'second-instance' (after ready) | docs/api/app.md | single-instance.ts |
 * | dialog.showErrorBox before ready, clipboard, shell, Menu | docs/api/dialog.md … | misc.ts |
 *
 * What it cannot prove: Chromium's treatment of a registered custom scheme (served here from an
 * https stand-in origin and translated at every boundary), process sandboxing and OS-level
 * isolation, Chromium's network stack under net (system proxy, PAC, proxy login, its redirect
 * rules), the OS keychain itself, packaging (asar, fuses, code signing), native menus and dialogs,
 * GPU/rendering differences between Electron's Chromium and Debian's, and anything the app does
 * not use (unmodelled options throw rather than pretend). The Playwright `_electron` test runs the
 * same scenarios against a real binary where one exists.
 */
import { app } from './app';
import { BrowserWindow } from './browser-window';
import { setNavigationGate } from './browser-host';
import { ipcMain } from './ipc-main';
import { clipboard, dialog, Menu, session, shell } from './misc';
import { net } from './net';
import { protocol } from './protocol';
import { safeStorage } from './safe-storage';
import { contentsForPage } from './web-contents';

setNavigationGate((page, frame, url) => contentsForPage(page)?.allowNavigation(frame, url) ?? true);

const webContents = {
  getAllWebContents: () => BrowserWindow.getAllWindows().map((w) => w.webContents),
};

export { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, net, protocol, safeStorage, session, shell, webContents };
export default { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, net, protocol, safeStorage, session, shell, webContents };
