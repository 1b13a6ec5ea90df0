import type { CauseId } from './causes';
import type { KeyStatus } from './keys';
import type { Protocol } from './protocols';

/** How a provider expects its key: which header, with or without `Bearer `, and whether it is needed. */
export interface AuthSpec {
  header: string;
  scheme: 'bearer' | 'raw';
  requirement: 'required' | 'optional' | 'none';
}

/** One of a provider's regional endpoints; keys issued in one region are refused in the others. */
export interface ProviderRegion {
  id: string;
  /** For people: "China mainland", "International". */
  name: string;
  baseUrl: string;
}

/** A provider as shipped (or defined by the user): pure data, stable id. */
export interface ProviderPreset {
  id: string;
  name: string;
  protocol: Protocol;
  baseUrl: string;
  auth: AuthSpec;
  keyEnv?: string;
  /** Key prefixes this provider issues; used to spot a key pasted into the wrong provider. */
  keyPrefixes: string[];
  /** Runs on the user's own machine (no key needed, http is fine). */
  local: boolean;
  exampleModel?: string;
  /** Regional endpoints, the first the default; a key belongs to one of them. */
  regions?: ProviderRegion[];
  /** Defined by the user (any number, any protocol), not shipped. */
  userDefined?: boolean;
}

/** A user's settings for one provider, layered over its preset. */
export interface ProviderConfig {
  baseUrl?: string;
  protocol?: Protocol;
  model?: string;
  /** Extra headers' names; their values are kept encrypted with the keys and never sent to a window. */
  headerNames?: string[];
  /** Written by earlier versions: plain header values, moved into the vault on first use. */
  headers?: Record<string, string>;
  /** How long to wait, in seconds: for an answer to begin, and between its pieces. */
  timeouts?: { firstByteS?: number; idleS?: number };
}

/**
 * The limits when a provider sets none, in seconds: generous, because reasoning models can think for
 * minutes before their first token, yet a stalled host is still noticed.
 */
export const DEFAULT_TIMEOUT_SECONDS = { firstByteS: 180, idleS: 120 } as const;

/** Sampling settings a conversation may set; a protocol sends only those it has a field for. */
export interface GenerationOptions {
  temperature?: number;
  maxTokens?: number;
}

/** A model as listed by a host. */
export interface ModelInfo {
  id: string;
  ownedBy?: string;
}

/** A host's model list, cached per provider until refreshed or the host changes. */
export interface ModelList {
  models: ModelInfo[];
  exchangeId?: string;
  fetchedAt: number;
  cached: boolean;
}

/** The last Test of a provider this session. */
export interface LastTest {
  ok: boolean;
  at: number;
  causes: CauseId[];
}

/** What a window may know about an extra header: its name and a masked value, never the value. */
export interface HeaderStatus {
  name: string;
  masked?: string;
  length?: number;
  fingerprint?: string;
  /** Kept in memory for this run only (no OS keychain), or lost with a reset keyring. */
  sessionOnly: boolean;
  needsReentry: boolean;
}

/** A provider as the settings and chat views see it. */
export interface ProviderView {
  preset: ProviderPreset;
  config: ProviderConfig;
  effective: { baseUrl: string; protocol: Protocol; model: string; chatUrl: string };
  supported: boolean;
  key: KeyStatus;
  headers: HeaderStatus[];
  /** Problems visible before any request (URL shape, key lint, missing key, env override). */
  staticCauses: CauseId[];
  lastTest?: LastTest;
}

/** Where requests would go for a base URL as typed, before saving. */
export interface UrlPreview {
  chatUrl: string;
  modelsUrl: string;
  /** The base URL with mechanical mistakes repaired, when that differs from the input. */
  suggestedBaseUrl?: string;
  causes: CauseId[];
}
