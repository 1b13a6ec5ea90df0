import { AppError } from '../../shared/errors';
import type { McpSecretView, McpServerConfig, McpServerInput } from '../../shared/mcp';
import type { KeyVault } from '../keys/vault';
import type { KeyValueStore } from '../settings/kv';
import { readSection, writeSection } from '../settings/sections';
import { parseMcpConfig, inputOfFileServer } from './config-file';
import { serverIdOf, type McpServerSpec } from './server-spec';

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** The vault slot of a server's secret env variable or header. */
export function mcpSecretSlot(serverId: string, kind: 'env' | 'header', name: string): string {
  return `mcp:${serverId}#${kind}:${kind === 'header' ? name.toLowerCase() : name}`;
}

function check(input: McpServerInput): void {
  if (!input.name.trim() || input.name.length > 80) throw new AppError('bad-request', 'Give the server a name (at most 80 characters).');
  if (input.type === 'stdio' && !input.command?.trim()) throw new AppError('bad-request', 'A stdio server needs a command to run (for example npx).');
  if (input.type !== 'stdio' && !/^https?:\/\/[^/\s]+/i.test(input.url?.trim() ?? '')) throw new AppError('bad-request', 'An HTTP server needs a URL starting with http:// or https://.');
  for (const name of [...Object.keys(input.env ?? {}), ...Object.keys(input.secretEnvValues ?? {})]) if (!ENV_NAME.test(name)) throw new AppError('bad-request', `"${name}" is not a valid environment variable name.`);
  for (const name of [...Object.keys(input.headers ?? {}), ...Object.keys(input.secretHeaderValues ?? {})]) if (!HEADER_NAME.test(name)) throw new AppError('bad-request', `"${name}" is not a valid header name.`);
}

/**
 * MCP servers in the settings, with their secret values in the vault (encrypted like keys, kept for
 * this run only without a keychain). Hands the MCP client specs with every secret filled in.
 */
export class McpSettings {
  constructor(
    private readonly store: KeyValueStore,
    private readonly vault: KeyVault,
  ) {}

  /** The servers as configured. */
  list(): McpServerConfig[] {
    return readSection(this.store, 'mcpServers') ?? [];
  }

  /** One server, or a not-found error. */
  get(id: string): McpServerConfig {
    const found = this.list().find((s) => s.id === id);
    if (!found) throw new AppError('not-found', 'That MCP server is no longer configured.');
    return found;
  }

  /** Every server ready to start: secrets resolved from the vault. Main process only. */
  async specs(): Promise<McpServerSpec[]> {
    return Promise.all(this.list().map((s) => this.spec(s)));
  }

  private async spec(s: McpServerConfig): Promise<McpServerSpec> {
    const env = { ...(s.env ?? {}) };
    const headers = { ...(s.headers ?? {}) };
    const secrets: string[] = [];
    for (const name of s.secretEnv ?? []) {
      const { key } = await this.vault.resolve(mcpSecretSlot(s.id, 'env', name), undefined);
      if (key === undefined) continue;
      env[name] = key;
      secrets.push(key);
    }
    for (const name of s.secretHeaders ?? []) {
      const { key } = await this.vault.resolve(mcpSecretSlot(s.id, 'header', name), undefined);
      if (key === undefined) continue;
      headers[name] = key;
      secrets.push(key);
    }
    return { id: s.id, name: s.name, type: s.type, ...(s.command ? { command: s.command } : {}), args: s.args ?? [], ...(s.cwd ? { cwd: s.cwd } : {}), env, ...(s.url ? { url: s.url } : {}), headers, approval: s.approval, enabled: s.enabled, disabledTools: s.disabledTools ?? [], allowedTools: s.allowedTools ?? [], secrets };
  }

  /** Adds a server (no id) or changes one; new secret values go to the vault, an empty one removes it. */
  async save(input: McpServerInput): Promise<McpServerConfig> {
    check(input);
    const all = this.list();
    const before = input.id ? all.find((s) => s.id === input.id) : undefined;
    if (input.id && !before) throw new AppError('not-found', 'That MCP server is no longer configured.');
    if (all.some((s) => s.id !== input.id && s.name.toLowerCase() === input.name.trim().toLowerCase())) throw new AppError('bad-request', `There is already a server named "${input.name.trim()}".`);
    const id = before?.id ?? this.freeId(input.name, all);
    const secretEnv = await this.storeSecrets(id, 'env', input.secretEnvValues ?? {}, input.keepSecretEnv ?? before?.secretEnv ?? []);
    const secretHeaders = await this.storeSecrets(id, 'header', input.secretHeaderValues ?? {}, input.keepSecretHeaders ?? before?.secretHeaders ?? []);
    const config: McpServerConfig = {
      id,
      name: input.name.trim(),
      type: input.type,
      ...(input.type === 'stdio' ? { command: input.command!.trim(), args: input.args ?? [] } : { url: input.url!.trim() }),
      ...(input.cwd?.trim() ? { cwd: input.cwd.trim() } : {}),
      ...(input.env && Object.keys(input.env).length ? { env: input.env } : {}),
      ...(secretEnv.length ? { secretEnv } : {}),
      ...(input.headers && Object.keys(input.headers).length ? { headers: input.headers } : {}),
      ...(secretHeaders.length ? { secretHeaders } : {}),
      approval: input.approval,
      enabled: input.enabled,
      ...(input.disabledTools?.length || before?.disabledTools?.length ? { disabledTools: input.disabledTools ?? before!.disabledTools! } : {}),
      ...(input.allowedTools?.length || before?.allowedTools?.length ? { allowedTools: input.allowedTools ?? before!.allowedTools! } : {}),
    };
    writeSection(this.store, 'mcpServers', before ? all.map((s) => (s.id === id ? config : s)) : [...all, config]);
    return config;
  }

  // Stores new values, forgets names no longer kept; returns the secret names in effect.
  private async storeSecrets(id: string, kind: 'env' | 'header', values: Record<string, string>, kept: readonly string[]): Promise<string[]> {
    const names = new Set(kept);
    for (const [name, value] of Object.entries(values)) {
      if (value) {
        await this.vault.set(mcpSecretSlot(id, kind, name), value, undefined);
        names.add(name);
      } else names.delete(name);
    }
    const previous = (kind === 'env' ? this.list().find((s) => s.id === id)?.secretEnv : this.list().find((s) => s.id === id)?.secretHeaders) ?? [];
    for (const name of previous) if (!names.has(name)) await this.vault.delete(mcpSecretSlot(id, kind, name), undefined);
    return [...names];
  }

  private freeId(name: string, all: readonly McpServerConfig[]): string {
    const base = serverIdOf(name);
    let id = base;
    for (let n = 2; all.some((s) => s.id === id); n++) id = `${base}-${n}`;
    return id;
  }

  /** Removes a server and its secrets. */
  async remove(id: string): Promise<void> {
    const server = this.get(id);
    for (const name of server.secretEnv ?? []) await this.vault.delete(mcpSecretSlot(id, 'env', name), undefined);
    for (const name of server.secretHeaders ?? []) await this.vault.delete(mcpSecretSlot(id, 'header', name), undefined);
    writeSection(this.store, 'mcpServers', this.list().filter((s) => s.id !== id));
  }

  /** Changes one server's fields that are not its connection (approval, enabled, tools). */
  update(id: string, change: Partial<Pick<McpServerConfig, 'approval' | 'enabled' | 'disabledTools' | 'allowedTools'>>): McpServerConfig {
    const updated = { ...this.get(id), ...change };
    writeSection(this.store, 'mcpServers', this.list().map((s) => (s.id === id ? updated : s)));
    return updated;
  }

  /** Imports an mcpServers file; a server with a name already configured is replaced. */
  async importFile(text: string): Promise<{ added: string[]; replaced: string[]; problems: string[] }> {
    const { servers, problems } = parseMcpConfig(text);
    const added: string[] = [];
    const replaced: string[] = [];
    for (const server of servers) {
      const existing = this.list().find((s) => s.name.toLowerCase() === server.name.toLowerCase());
      try {
        await this.save({ ...inputOfFileServer(server), ...(existing ? { id: existing.id, keepSecretEnv: [], keepSecretHeaders: [] } : {}) });
        (existing ? replaced : added).push(server.name);
      } catch (error) {
        problems.push(`${server.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return { added, replaced, problems };
  }

  /** What a window may see of a server's secrets: masked values. */
  async secretViews(s: McpServerConfig): Promise<{ env: McpSecretView[]; headers: McpSecretView[] }> {
    const view = async (kind: 'env' | 'header', name: string): Promise<McpSecretView> => {
      const st = await this.vault.status(mcpSecretSlot(s.id, kind, name), undefined, 'raw');
      return { name, ...(st.masked ? { masked: st.masked, length: st.length!, fingerprint: st.fingerprint! } : {}), sessionOnly: st.source === 'session' };
    };
    return { env: await Promise.all((s.secretEnv ?? []).map((n) => view('env', n))), headers: await Promise.all((s.secretHeaders ?? []).map((n) => view('header', n))) };
  }

  /** Stores secrets kept for this run only, after the user accepted weaker protection. */
  async persistWeakly(id: string): Promise<void> {
    const s = this.get(id);
    for (const name of s.secretEnv ?? []) await this.vault.persistSession(mcpSecretSlot(id, 'env', name), undefined);
    for (const name of s.secretHeaders ?? []) await this.vault.persistSession(mcpSecretSlot(id, 'header', name), undefined);
  }
}
