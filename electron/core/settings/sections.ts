import * as z from 'zod';
import { LOG_LEVELS } from '../../shared/exchange';
import { PROTOCOLS } from '../../shared/protocols';
import { PROXY_MODES } from '../../shared/proxy';
import { LANGUAGES, THEMES } from '../../shared/preferences';
import { MCP_TRANSPORTS } from '../../shared/mcp';
import { TOOL_APPROVALS } from '../../shared/tools';
import type { KeyValueStore } from './kv';

/**
 * The settings file, one section per concern. Each section's zod schema is the one home of its
 * shape: it yields the TypeScript type, the JSON schema electron-store and conf validate the file
 * with, and the reader that takes what it can from a store.
 */
export const SETTINGS_SECTIONS = {
  version: z.number().int().min(0),
  /** Encrypted keys by provider id, each with the cipher backend that wrote it. */
  keys: z.record(z.string(), z.object({ ciphertext: z.string(), backend: z.string(), savedAt: z.number().optional() })),
  /** The user's settings over each provider's preset. */
  providers: z.record(
    z.string(),
    z.object({
      baseUrl: z.string().optional(),
      protocol: z.enum(PROTOCOLS).optional(),
      model: z.string().optional(),
      headers: z.record(z.string(), z.string()).optional(),
      headerNames: z.array(z.string()).optional(),
      timeouts: z.object({ firstByteS: z.number().positive().optional(), idleS: z.number().positive().optional() }).optional(),
    }),
  ),
  /** Providers the user defined (any number, any protocol), beside the shipped presets. */
  userProviders: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/),
      name: z.string().min(1).max(80),
      protocol: z.enum(PROTOCOLS),
      baseUrl: z.string(),
    }),
  ),
  /** How the app reaches the network; a proxy's credentials are kept encrypted with the keys, not here. */
  proxy: z.object({ mode: z.enum(PROXY_MODES), url: z.string().optional(), bypass: z.string().optional() }),
  /** How the app looks and speaks. */
  preferences: z.object({ theme: z.enum(THEMES).optional(), language: z.enum(LANGUAGES).optional() }),
  /** The prompt library: prompts to insert and presets to apply. */
  prompts: z.array(
    z.object({
      id: z.string().min(1).max(60),
      name: z.string().min(1).max(80),
      text: z.string().max(100_000).optional(),
      system: z.string().max(100_000).optional(),
      providerId: z.string().max(60).optional(),
      model: z.string().max(300).optional(),
      params: z.object({ temperature: z.number().min(0).max(2).optional(), maxTokens: z.number().int().min(1).max(1_000_000).optional() }).optional(),
    }),
  ),
  /** MCP servers; the values of secret env variables and headers are in the vault, only their names here. */
  mcpServers: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/),
      name: z.string().min(1).max(80),
      type: z.enum(MCP_TRANSPORTS),
      command: z.string().optional(),
      args: z.array(z.string()).optional(),
      cwd: z.string().optional(),
      env: z.record(z.string(), z.string()).optional(),
      secretEnv: z.array(z.string()).optional(),
      url: z.string().optional(),
      headers: z.record(z.string(), z.string()).optional(),
      secretHeaders: z.array(z.string()).optional(),
      approval: z.enum(TOOL_APPROVALS),
      enabled: z.boolean(),
      disabledTools: z.array(z.string()).optional(),
      allowedTools: z.array(z.string()).optional(),
    }),
  ),
  /** Wire log level and caps. */
  netlog: z.object({ level: z.enum(LOG_LEVELS).optional(), maxEntries: z.number().int().min(10).optional(), maxBodyChars: z.number().int().min(0).optional() }),
};

/** A section's name. */
export type SectionName = keyof typeof SETTINGS_SECTIONS;
/** A section's value. */
export type Section<N extends SectionName> = z.infer<(typeof SETTINGS_SECTIONS)[N]>;

/**
 * The JSON schema of the whole file (a map of section to schema, as electron-store and conf take
 * it). Input shapes: objects stay open, so a file written by a build that added a field still opens.
 */
export function settingsJsonSchema(): Record<string, object> {
  return Object.fromEntries(
    Object.entries(SETTINGS_SECTIONS).map(([name, schema]) => {
      const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io: 'input' }) as Record<string, unknown>;
      return [name, json];
    }),
  );
}

/**
 * Validator options for the settings file (conf and electron-store pass them to ajv). The schema is
 * generated here from the sections, never read from a file, so ajv's default check of it against
 * the JSON Schema meta-schema (which compiles that meta-schema first: ~30 ms of every start) proves
 * nothing at run time; a unit test makes that check once instead. Values are still validated.
 */
export const SETTINGS_AJV_OPTIONS = { validateSchema: false } as const;

/** Reads a section; anything missing or malformed reads as undefined (never throws). */
export function readSection<N extends SectionName>(store: KeyValueStore, name: N): Section<N> | undefined {
  const parsed = SETTINGS_SECTIONS[name].safeParse(store.get(name));
  return parsed.success ? (parsed.data as Section<N>) : undefined;
}

/** Writes a section after checking it against its schema. */
export function writeSection<N extends SectionName>(store: KeyValueStore, name: N, value: Section<N>): void {
  store.set(name, SETTINGS_SECTIONS[name].parse(value));
}
