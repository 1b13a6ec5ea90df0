import { app, dialog } from 'electron';

/** What the user reads when the app cannot start: a title and what to do. */
export interface FatalReport {
  title: string;
  message: string;
}

/** Turns a start-up failure into words for the error box. Pure. */
export function describeFatal(error: unknown, dataDir?: string): FatalReport {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && error.name === 'NewerFormatError') {
    const where = dataDir ? ` (in ${dataDir})` : '';
    return { title: 'Switchboard is older than its data', message: `${message}\n\nInstall the newer Switchboard that wrote it, or move it aside${where} to start fresh. Nothing was changed.` };
  }
  return { title: 'Switchboard could not start', message: `${message}\n\nNothing was changed on disk. If this keeps happening, please report it with this message.` };
}

/** Shows why the app cannot start in a native error box, then quits (never a silent hang). */
export function showFatal(error: unknown): void {
  let dataDir: string | undefined;
  try {
    dataDir = app.getPath('userData');
  } catch {
    // Not known this early; the message does without it.
  }
  const { title, message } = describeFatal(error, dataDir);
  console.error(`${title}: ${message}`);
  dialog.showErrorBox(title, message);
  app.exit(1);
}
