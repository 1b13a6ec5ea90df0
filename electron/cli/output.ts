import { causeInfo } from '../core/diagnose/causes';
import type { CauseId } from '../shared/causes';
import type { Exchange } from '../shared/exchange';
import { cliFix, type CliFixContext } from './cli-fixes';

/** The CLI's JSON view of an exchange (DESIGN.md): headers already redacted. Pure. */
export function exchangeJson(e: Exchange) {
  return {
    method: e.method,
    url: e.url,
    request: { headers: e.request.headers, ...(e.request.body !== undefined ? { body: e.request.body } : {}) },
    ...(e.response ? { response: { status: e.response.status, headers: e.response.headers } } : {}),
    timing: { ...(e.timing.ttfbMs !== undefined ? { ttfbMs: Math.round(e.timing.ttfbMs) } : {}), ...(e.timing.totalMs !== undefined ? { totalMs: Math.round(e.timing.totalMs) } : {}) },
    ...(e.error ? { error: e.error } : {}),
    auth: e.auth,
    ...(e.proxy ? { proxy: e.proxy } : {}),
  };
}

/** Causes as terminal lines: title, id, explanation, and the fix in command-line terms. Pure. */
export function causeLines(ids: readonly string[], ctx: CliFixContext): string {
  return ids
    .map((id) => {
      const c = causeInfo(id as CauseId);
      return `  - ${c.title} [${id}]: ${c.explanation}\n    Fix: ${cliFix(id as CauseId, ctx)}`;
    })
    .join('\n');
}

/** Pretty JSON with a final newline. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
