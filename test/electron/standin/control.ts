/**
 * The stand-in's line to the test that launched it (the parent process, over Node's IPC channel):
 * events out (browser endpoint, error boxes, console errors, clipboard writes), commands in.
 */

/** Everything the stand-in reports to the test. */
export type StandinEvent =
  | { type: 'browser'; cdpPort: number }
  | { type: 'ready' }
  | { type: 'entry-pending'; afterMs: number }
  | { type: 'entry-failed'; message: string }
  | { type: 'error-box'; title: string; content: string }
  | { type: 'console'; level: string; text: string; url: string }
  | { type: 'page-error'; message: string; url: string }
  | { type: 'clipboard'; text: string }
  | { type: 'open-external'; url: string }
  | { type: 'set-proxy'; config: { mode?: string; proxyRules?: string; proxyBypassRules?: string } }
  | { type: 'window'; id: number; url: string; title: string }
  | { type: 'second-instance'; argv: string[] }
  | { type: 'exit'; code: number };

/** Commands the test may send. */
export type StandinCommand = { type: 'quit' } | { type: 'menu-click'; label: string } | { type: 'window-close'; id: number };

/** Sends an event to the parent test (no-op when run by hand without an IPC channel). */
export function report(event: StandinEvent): void {
  if (process.send && process.connected) process.send(event);
  if (event.type === 'error-box') process.stderr.write(`[stand-in] dialog.showErrorBox: ${event.title}: ${event.content}\n`);
}

const handlers = new Set<(command: StandinCommand) => void>();

/** Subscribes to commands from the parent test. */
export function onCommand(handler: (command: StandinCommand) => void): void {
  handlers.add(handler);
}

process.on('message', (message) => {
  for (const h of handlers) h(message as StandinCommand);
});
