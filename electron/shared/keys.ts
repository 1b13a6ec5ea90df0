/**
 * How strongly a backend protects ciphertext at rest:
 * - `os`: the OS keychain (macOS Keychain, Windows DPAPI, libsecret/kwallet);
 * - `file`: a key file beside the data (preview and CLI); protects against casual reads only;
 * - `weak`: Linux `basic_text` (a hard-coded password) or no encryption at all.
 */
export type CipherStrength = 'os' | 'file' | 'weak';

/** A safe, mechanical repair the UI can offer as one click. */
export const KEY_FIXES = ['trim', 'unquote', 'strip-bearer', 'strip-invisible'] as const;

/** One of KEY_FIXES. */
export type KeyFix = (typeof KEY_FIXES)[number];

/** One problem found in a key as entered; `id` is a cause id from the catalog. */
export interface KeyWarning {
  id: 'key-missing' | 'key-whitespace' | 'key-quoted' | 'key-bearer-prefix' | 'key-invisible-chars' | 'key-wrong-provider';
  message: string;
  fix?: KeyFix;
  /** A note is harmless as things stand (whitespace fetch trims before sending): worth tidying, not a cause. */
  severity?: 'note';
}

/** Where the key in effect comes from. */
export type KeySource = 'stored' | 'session' | 'env' | 'none';

/** What a window may know about a key: never its value. */
export interface KeyStatus {
  providerId: string;
  source: KeySource;
  persisted: boolean;
  backend?: string;
  strength?: CipherStrength;
  masked?: string;
  length?: number;
  fingerprint?: string;
  warnings: KeyWarning[];
  needsReentry: boolean;
  envVar?: string;
  envPresent: boolean;
  /** A stored key and the environment variable both exist and differ. */
  envDiffers: boolean;
  /** A key kept for this run could be stored if the user accepts weaker protection. */
  canPersistWeakly?: boolean;
  /** Why a key is not persisted, or how weakly it is. */
  storageNote?: string;
}
