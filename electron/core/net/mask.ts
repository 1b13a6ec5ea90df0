/** Visible stand-ins for whitespace around a secret: it is often the whole problem. */
const VISIBLE: Record<string, string> = { ' ': '␠', '\t': '␉', '\n': '␤', '\r': '␍' };
const visible = (ws: string): string => [...ws].map((c) => VISIBLE[c] ?? '·').join('');

/**
 * `sk-t…9fQx`: a few characters at each end, fewer for short secrets, none for tiny ones. Whitespace
 * around the secret is shown as visible symbols (`␠␠sk-t…9fQx␤`): it is often the whole problem.
 */
export function maskSecret(secret: string): string {
  const lead = /^\s*/.exec(secret)?.[0] ?? '';
  const core = secret.trim();
  const trail = core ? (/\s*$/.exec(secret)?.[0] ?? '') : '';
  const n = core.length;
  const body = n <= 8 ? '…' : `${core.slice(0, n >= 20 ? 4 : 2)}…${core.slice(-(n >= 20 ? 4 : 2))}`;
  return `${visible(lead)}${body}${visible(trail)}`;
}
