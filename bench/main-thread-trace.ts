import type { Page } from 'playwright-core';

/** One task the page's main thread ran: start and duration, in ms. */
export interface MainThreadTask {
  at: number;
  ms: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/**
 * Records the page's main-thread tasks through the DevTools protocol (the trace Chrome's
 * Performance panel shows): every task, not only those over 50 ms as the Long Tasks API reports.
 */
export async function traceMainThread(page: Page): Promise<{ stop(): Promise<MainThreadTask[]> }> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const event of e.value as unknown as TraceEvent[]) events.push(event); // the protocol types trace events as string maps
  });
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      return mainThreadTasks(events);
    },
  };
}

/** The renderer main thread's top-level tasks in a trace. Pure. */
export function mainThreadTasks(events: readonly TraceEvent[]): MainThreadTask[] {
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return [];
  return events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === main.pid && e.tid === main.tid && e.dur !== undefined).map((e) => ({ at: e.ts / 1000, ms: e.dur! / 1000 }));
}

/** Main-thread work per display frame: the tasks that start in each 16.7 ms window, summed; idle windows left out. Pure. */
export function workPerFrame(tasks: readonly MainThreadTask[], frameMs = 1000 / 60): number[] {
  const frames = new Map<number, number>();
  for (const t of tasks) {
    const frame = Math.floor(t.at / frameMs);
    frames.set(frame, (frames.get(frame) ?? 0) + t.ms);
  }
  return [...frames.values()];
}
