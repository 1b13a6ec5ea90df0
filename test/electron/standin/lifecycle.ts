/** The app's life-cycle state, shared by the stand-in's modules. */
let ready = false;
const readyWaiters: (() => void)[] = [];

/** True once `ready` was emitted. */
export function isReady(): boolean {
  return ready;
}

/** Marks the app ready and resolves everyone waiting. Called by boot.ts, never by the app. */
export function markReady(): void {
  ready = true;
  for (const w of readyWaiters.splice(0)) w();
}

/** Resolves when the app is ready. */
export function untilReady(): Promise<void> {
  return ready ? Promise.resolve() : new Promise((resolve) => readyWaiters.push(resolve));
}
