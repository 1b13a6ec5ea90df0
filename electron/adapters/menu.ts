import { app, Menu } from 'electron';

/** The application menu: Settings… (Ctrl/Cmd+,) plus the standard edit, view and window menus. */
export function buildMenu(actions: { openSettings(): void }): void {
  const isMac = process.platform === 'darwin';
  const settingsItem = { label: 'Settings…', accelerator: 'CmdOrCtrl+,', click: actions.openSettings };
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
