import { setFlagsFromString } from 'node:v8';

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

/**
 * Diagnostic reports without their network section. libsql's loader (through @neon-rs/load) asks
 * for a full report to tell glibc from musl, and a report resolves the host name of every open
 * socket: in the preview, with the browser's connections open, that took ~14 ms of the start.
 * `excludeNetwork` (Node 20.13+) leaves the rest of the report, the part that check reads, as is.
 */
export function leaveNetworkOutOfReports(): void {
  // @types/node 20 does not declare the setting yet.
  const report = process.report as { excludeNetwork?: boolean } | undefined;
  if (report) report.excludeNetwork = true;
}

/**
 * WebAssembly stays on V8's baseline compiler (Liftoff) in a long-running process. The
 * WebAssembly here is undici's HTTP parser (llhttp): once it ran hot, V8 recompiled it with
 * TurboFan on its worker threads, which took ~30 MB of compiler memory at its peak, and glibc kept
 * ~7 MB of that resident in the threads' arenas for good: a tenth of the preview's memory, for a
 * parser that reads a 2 MB stream 5–15% faster (2.75 vs 2.85–3.2 ms, measured on this machine).
 *
 * Done by turning tier-up off, not with `--liftoff-only`: under that testing flag a function
 * Liftoff cannot compile (a CPU without the SIMD llhttp uses) is a fatal error, where here it still
 * goes to TurboFan. (A tier-up budget as large as it goes kept a small function on Liftoff but made
 * the preview's growth worse, +29-40%.) The flags are read when a module is compiled, so they are
 * set before anything loads undici.
 */
export function keepWasmOnBaselineCompiler(): void {
  setFlagsFromString('--no-wasm-dynamic-tiering');
  setFlagsFromString('--no-wasm-tier-up');
}
