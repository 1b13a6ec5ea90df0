import * as z from 'zod/mini';
import '../zod-setup';
import { AppError } from '../../shared/errors';
import type { ProviderConfig, ProviderPreset } from '../../shared/provider';
import { PROTOCOLS } from '../../shared/protocols';

/** The file format of exported provider setups (no keys, no header values: names only). */
export const SETUPS_FORMAT = 'switchboard-provider-setups';
const VERSION = 1;

// Fields it does not know are dropped (an object's default), not refused.
const config = z.object({
  baseUrl: z.optional(z.string().check(z.maxLength(2000))),
  protocol: z.optional(z.enum(PROTOCOLS)),
  model: z.optional(z.string().check(z.maxLength(300))),
  headerNames: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50))),
  timeouts: z.optional(z.object({ firstByteS: z.optional(z.number().check(z.positive(), z.maximum(3600))), idleS: z.optional(z.number().check(z.positive(), z.maximum(3600))) })),
});

const entry = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(60)),
  /** Present for a provider the user defined; absent for a preset's settings. */
  userDefined: z.optional(z.object({ name: z.string().check(z.minLength(1), z.maxLength(80)), protocol: z.enum(PROTOCOLS), baseUrl: z.string().check(z.maxLength(2000)) })),
  config,
});

const file = z.object({ format: z.literal(SETUPS_FORMAT), version: z.int(), providers: z.array(entry).check(z.maxLength(500)) });

/** One provider in an export. */
export type SetupEntry = z.infer<typeof entry>;

/** The export of every user-defined provider and every preset the user changed, as JSON text. Pure. */
export function setupsToJson(providers: readonly ProviderPreset[], configOf: (id: string) => ProviderConfig, exportedAt: number): string {
  const entries: SetupEntry[] = [];
  for (const p of providers) {
    const { headers: _values, ...c } = configOf(p.id);
    if (!p.userDefined && !Object.keys(c).length) continue;
    entries.push({ id: p.id, ...(p.userDefined ? { userDefined: { name: p.name, protocol: p.protocol, baseUrl: p.baseUrl } } : {}), config: c });
  }
  return `${JSON.stringify({ format: SETUPS_FORMAT, version: VERSION, exportedAt: new Date(exportedAt).toISOString(), providers: entries }, null, 2)}\n`;
}

/** Reads an export; a file that is not one says what is wrong with it. Pure. */
export function parseSetups(text: string): SetupEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError('invalid-setups', `This is not a provider setups file: it is not JSON (${(error as Error).message}).`);
  }
  const parsed = file.safeParse(json);
  if (!parsed.success) throw new AppError('invalid-setups', `This is not a Switchboard provider setups file (${parsed.error.issues[0]?.message ?? 'unexpected shape'}).`);
  if (parsed.data.version > VERSION) throw new AppError('newer-format', `The provider setups file was written by a newer Switchboard (format ${parsed.data.version}; this one reads ${VERSION}).`);
  return parsed.data.providers;
}
