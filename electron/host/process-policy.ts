/** How an entry point lives with an error nobody caught. */
export type CrashPolicy = 'keep-serving' | 'exit';

function describe(reason: unknown): string {
  return reason instanceof Error ? (reason.stack ?? reason.message) : String(reason);
}

/**
 * The one policy for errors nobody caught, for every entry point: always report them; a server (the
 * preview, the desktop main process) keeps serving, since one failed request must not drop every
 * window; the command line exits 1, since its one job failed.
 */
export function installCrashPolicy(policy: CrashPolicy, report: (message: string) => void = (m) => console.error(m)): void {
  process.on('unhandledRejection', (reason) => {
    report(`Switchboard: an unhandled rejection: ${describe(reason)}`);
    if (policy === 'exit') process.exit(1);
  });
  process.on('uncaughtException', (error) => {
    report(`Switchboard: an uncaught exception: ${describe(error)}`);
    if (policy === 'exit') process.exit(1);
  });
}
