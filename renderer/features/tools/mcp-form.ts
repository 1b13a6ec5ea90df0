import { isSecretEnvName, isSecretHeader, splitSecrets, type McpServerInput, type McpServerView, type McpTransport } from '../../../electron/shared/mcp';
import type { ToolApproval } from '../../../electron/shared/tools';

/** The server form as typed: one text per field. */
export interface McpFormFields {
  name: string;
  type: McpTransport;
  command: string;
  /** One argument per line (spaces inside a line stay in the argument). */
  args: string;
  cwd: string;
  /** `NAME=value` per line. */
  env: string;
  url: string;
  /** `Name: value` per line. */
  headers: string;
  approval: ToolApproval;
}

/** A server's fields for editing: plain values only (secret ones are shown masked apart and never come back). Pure. */
export function fieldsOf(server: McpServerView | undefined): McpFormFields {
  return {
    name: server?.name ?? '',
    type: server?.type ?? 'stdio',
    command: server?.command ?? '',
    args: (server?.args ?? []).join('\n'),
    cwd: server?.cwd ?? '',
    env: Object.entries(server?.env ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join('\n'),
    url: server?.url ?? '',
    headers: Object.entries(server?.headers ?? {})
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n'),
    approval: server?.approval ?? 'ask',
  };
}

/** Lines of `NAME<sep>value`; a line without the separator is an error naming it. Pure. */
export function parsePairs(text: string, sep: '=' | ':'): { pairs: Record<string, string> } | { error: string } {
  const pairs: Record<string, string> = {};
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const at = line.indexOf(sep);
    if (at <= 0) return { error: line };
    pairs[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return { pairs };
}

/**
 * The form as the save request: values whose name says they are secret go to the vault (write-only),
 * the rest stay plain; secrets stored before are kept unless the user removed them. Pure.
 */
export function inputOf(fields: McpFormFields, server: McpServerView | undefined, removed: readonly string[]): McpServerInput | { error: 'env' | 'headers'; line: string } {
  const env = parsePairs(fields.env, '=');
  if ('error' in env) return { error: 'env', line: env.error };
  const headers = parsePairs(fields.headers, ':');
  if ('error' in headers) return { error: 'headers', line: headers.error };
  const e = splitSecrets(env.pairs, isSecretEnvName);
  const h = splitSecrets(headers.pairs, isSecretHeader);
  const stdio = fields.type === 'stdio';
  return {
    ...(server ? { id: server.id } : {}),
    name: fields.name.trim(),
    type: fields.type,
    ...(stdio ? { command: fields.command.trim(), args: fields.args.split('\n').map((a) => a.trim()).filter(Boolean) } : { url: fields.url.trim() }),
    ...(stdio && fields.cwd.trim() ? { cwd: fields.cwd.trim() } : {}),
    env: stdio ? e.plain : {},
    headers: stdio ? {} : h.plain,
    secretEnvValues: stdio ? e.hidden : {},
    secretHeaderValues: stdio ? {} : h.hidden,
    keepSecretEnv: (server?.secretEnv ?? []).filter((n) => !removed.includes(`env:${n}`)),
    keepSecretHeaders: (server?.secretHeaders ?? []).filter((n) => !removed.includes(`header:${n}`)),
    approval: fields.approval,
    enabled: server?.enabled ?? true,
  };
}
