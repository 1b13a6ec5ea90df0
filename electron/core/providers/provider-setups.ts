import * as z from 'zod';
import { AppError } from '../../shared/errors';
import type { ProviderConfig, ProviderPreset } from '../../shared/provider';
import { PROTOCOLS } from '../../shared/protocols';

/** The file format of exported provider setups (no keys, no header values: names only). */
export const SETUPS_FORMAT = 'switchboard-provider-setups';
const VERSION = 1;

const config = z
  .object({
    baseUrl: z.string().max(2000).optional(),
    protocol: z.enum(PROTOCOLS).optional(),
    model: z.string().max(300).optional(),
    headerNames: z.array(z.string().max(200)).max(50).optional(),
    timeouts: z.object({ firstByteS: z.number().positive().max(3600).optional(), idleS: z.number().positive().max(3600).optional() }).optional(),
  })
  .strip();

const entry = z.object({
  id: z.string().min(1).max(60),
  /** Present for a provider the user defined; absent for a preset's settings. */
  userDefined: z.object({ name: z.string().min(1).max(80), protocol: z.enum(PROTOCOLS), baseUrl: z.string().max(2000) }).optional(),
  config,
});

const file = z.object({ format: z.literal(SETUPS_FORMAT), version: z.number().int(), providers: z.array(entry).max(500) });

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
