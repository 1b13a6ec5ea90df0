import * as z from 'zod/mini';
import '../zod-setup';
import { LOG_LEVELS } from '../../shared/exchange';
import { PROTOCOLS } from '../../shared/protocols';
import { PROXY_MODES } from '../../shared/proxy';
import { LANGUAGES, THEMES } from '../../shared/preferences';
import { MCP_TRANSPORTS } from '../../shared/mcp';
import { TOOL_APPROVALS } from '../../shared/tools';
import type { KeyValueStore } from './kv';

/**
 * The settings file, one section per concern. Each section's zod schema is the one home of its
 * shape: it yields the TypeScript type, the check of the file when it is opened and of each change
 * (settings-file.ts), and the reader that takes what it can from a store.
 */
export const SETTINGS_SECTIONS = {
  version: z.int().check(z.minimum(0)),
  /** Encrypted keys by provider id, each with the cipher backend that wrote it. */
  keys: z.record(z.string(), z.object({ ciphertext: z.string(), backend: z.string(), savedAt: z.optional(z.number()) })),
  /** The user's settings over each provider's preset. */
  providers: z.record(
    z.string(),
    z.object({
      baseUrl: z.optional(z.string()),
      protocol: z.optional(z.enum(PROTOCOLS)),
      model: z.optional(z.string()),
      headers: z.optional(z.record(z.string(), z.string())),
      headerNames: z.optional(z.array(z.string())),
      timeouts: z.optional(z.object({ firstByteS: z.optional(z.number().check(z.positive())), idleS: z.optional(z.number().check(z.positive())) })),
    }),
  ),
  /** Providers the user defined (any number, any protocol), beside the shipped presets. */
  userProviders: z.array(
    z.object({
      id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,47}$/)),
      name: z.string().check(z.minLength(1), z.maxLength(80)),
      protocol: z.enum(PROTOCOLS),
      baseUrl: z.string(),
    }),
  ),
  /** How the app reaches the network; a proxy's credentials are kept encrypted with the keys, not here. */
  proxy: z.object({ mode: z.enum(PROXY_MODES), url: z.optional(z.string()), bypass: z.optional(z.string()) }),
  /** How the app looks and speaks. */
  preferences: z.object({ theme: z.optional(z.enum(THEMES)), language: z.optional(z.enum(LANGUAGES)) }),
  /** The prompt library: prompts to insert and presets to apply. */
  prompts: z.array(
    z.object({
      id: z.string().check(z.minLength(1), z.maxLength(60)),
      name: z.string().check(z.minLength(1), z.maxLength(80)),
      text: z.optional(z.string().check(z.maxLength(100_000))),
      system: z.optional(z.string().check(z.maxLength(100_000))),
      providerId: z.optional(z.string().check(z.maxLength(60))),
      model: z.optional(z.string().check(z.maxLength(300))),
      params: z.optional(
        z.object({
          temperature: z.optional(z.number().check(z.minimum(0), z.maximum(2))),
          maxTokens: z.optional(z.int().check(z.minimum(1), z.maximum(1_000_000))),
        }),
      ),
    }),
  ),
  /** MCP servers; the values of secret env variables and headers are in the vault, only their names here. */
  mcpServers: z.array(
    z.object({
      id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,47}$/)),
      name: z.string().check(z.minLength(1), z.maxLength(80)),
      type: z.enum(MCP_TRANSPORTS),
      command: z.optional(z.string()),
      args: z.optional(z.array(z.string())),
      cwd: z.optional(z.string()),
      env: z.optional(z.record(z.string(), z.string())),
      secretEnv: z.optional(z.array(z.string())),
      url: z.optional(z.string()),
      headers: z.optional(z.record(z.string(), z.string())),
      secretHeaders: z.optional(z.array(z.string())),
      approval: z.enum(TOOL_APPROVALS),
      enabled: z.boolean(),
      disabledTools: z.optional(z.array(z.string())),
      allowedTools: z.optional(z.array(z.string())),
    }),
  ),
  /** Wire log level and caps. */
  netlog: z.object({ level: z.optional(z.enum(LOG_LEVELS)), maxEntries: z.optional(z.int().check(z.minimum(10))), maxBodyChars: z.optional(z.int().check(z.minimum(0))) }),
};

/** A section's name. */
export type SectionName = keyof typeof SETTINGS_SECTIONS;
/** A section's value. */
export type Section<N extends SectionName> = z.infer<(typeof SETTINGS_SECTIONS)[N]>;

/** The settings file's content: sections by name (a file from a newer build may hold others, kept as they are). */
export type SettingsFile = Record<string, unknown>;

/**
 * What is wrong with the sections in `file`, or undefined if each one it holds fits its schema.
 * Objects stay open (zod's default), so a file written by a build that added a field still opens;
 * names that are not sections are left alone for the same reason.
 */
export function settingsProblem(file: SettingsFile): string | undefined {
  for (const [name, value] of Object.entries(file)) {
    if (!Object.hasOwn(SETTINGS_SECTIONS, name) || value === undefined) continue;
    const parsed = SETTINGS_SECTIONS[name as SectionName].safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return `${[name, ...issue.path.map(String)].join('/')}: ${issue.message}`;
    }
  }
  return undefined;
}

/** Reads a section; anything missing or malformed reads as undefined (never throws). */
export function readSection<N extends SectionName>(store: KeyValueStore, name: N): Section<N> | undefined {
  const parsed = SETTINGS_SECTIONS[name].safeParse(store.get(name));
  return parsed.success ? (parsed.data as Section<N>) : undefined;
}

/** Writes a section after checking it against its schema. */
export function writeSection<N extends SectionName>(store: KeyValueStore, name: N, value: Section<N>): void {
  store.set(name, SETTINGS_SECTIONS[name].parse(value));
}
