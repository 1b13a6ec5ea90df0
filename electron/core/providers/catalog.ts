import { AppError } from '../../shared/errors';
import type { ProviderPreset } from '../../shared/provider';
import type { Protocol } from '../../shared/protocols';
import type { KeyValueStore } from '../settings/kv';
import { readSection, writeSection, type Section } from '../settings/sections';
import { authForProtocol, PRESETS } from './registry';
import { isLoopbackHost } from '../diagnose/url-checks';

/** What the user gives to define a provider. */
export interface UserProviderInput {
  name: string;
  protocol: Protocol;
  baseUrl: string;
}

type UserProvider = Section<'userProviders'>[number];

/** A lowercase id from a name: letters, digits and dashes. Pure. */
export function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return slug || 'provider';
}

function isLocal(baseUrl: string): boolean {
  try {
    return isLoopbackHost(new URL(baseUrl).hostname);
  } catch {
    return false;
  }
}

/** A user's provider as a preset: its protocol's auth header, a key if the host wants one. Pure. */
export function userPreset(p: UserProvider): ProviderPreset {
  const local = isLocal(p.baseUrl);
  return { id: p.id, name: p.name, protocol: p.protocol, baseUrl: p.baseUrl, auth: authForProtocol(p.protocol, { header: 'Authorization', scheme: 'bearer', requirement: local ? 'optional' : 'required' }), keyPrefixes: [], local, userDefined: true };
}

/**
 * Every provider there is: the shipped presets, then the ones the user defined (two gateways, a
 * second Azure resource, a work and a personal account), each with its own id, base URL and
 * protocol; their keys, headers, timeouts and models are settings like any preset's.
 */
export class ProviderCatalog {
  constructor(private readonly store: KeyValueStore) {}

  /** Presets first, in their order, then the user's, in the order they were added. */
  all(): ProviderPreset[] {
    return [...PRESETS, ...this.user().map(userPreset)];
  }

  /** The provider with this id, or undefined. */
  find(id: string): ProviderPreset | undefined {
    return this.all().find((p) => p.id === id);
  }

  /** The provider with this id, or a clear error. */
  require(id: string): ProviderPreset {
    const found = this.find(id);
    if (!found) throw new AppError('unknown-provider', `Unknown provider "${id}".`);
    return found;
  }

  /** Defines a provider; its id comes from the name, made unique. */
  add(input: UserProviderInput): ProviderPreset {
    const name = input.name.trim();
    if (!name) throw new AppError('invalid-provider', 'Give the provider a name.');
    if (name.length > 80) throw new AppError('invalid-provider', 'The name is longer than 80 characters.');
    const taken = new Set(this.all().map((p) => p.id));
    const base = slugOf(name);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    const entry: UserProvider = { id, name, protocol: input.protocol, baseUrl: input.baseUrl.trim() };
    writeSection(this.store, 'userProviders', [...this.user(), entry]);
    return userPreset(entry);
  }

  /** Changes a user-defined provider's name, protocol or base URL (a preset's are fixed). */
  change(id: string, change: Partial<UserProviderInput>): ProviderPreset {
    const list = this.user();
    const index = list.findIndex((p) => p.id === id);
    if (index < 0) throw new AppError('not-user-provider', this.find(id) ? `"${id}" is a built-in provider and cannot be changed this way.` : `Unknown provider "${id}".`);
    const next = { ...list[index]!, ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) } as UserProvider;
    next.name = next.name.trim();
    if (!next.name) throw new AppError('invalid-provider', 'Give the provider a name.');
    list[index] = next;
    writeSection(this.store, 'userProviders', list);
    return userPreset(next);
  }

  /** Removes a user-defined provider from the list (its settings and key are the caller's to remove). */
  remove(id: string): void {
    const list = this.user();
    if (!list.some((p) => p.id === id)) throw new AppError('not-user-provider', this.find(id) ? `"${id}" is a built-in provider and cannot be removed.` : `Unknown provider "${id}".`);
    writeSection(
      this.store,
      'userProviders',
      list.filter((p) => p.id !== id),
    );
  }

  private user(): UserProvider[] {
    return readSection(this.store, 'userProviders') ?? [];
  }
}
