import type { CipherStrength } from './keys';

/** Which host runs the core. */
export type Transport = 'electron' | 'web' | 'direct';

/** What the running app is and how it protects keys. */
export interface AppInfo {
  version: string;
  transport: Transport;
  cipherBackend: string;
  cipherStrength: CipherStrength;
  cipherAvailable: boolean;
  dataDir: string;
  /** Storage problems found at start (a corrupt settings file set aside). */
  problems: string[];
}

/** A snapshot of the history database. */
export interface BackupInfo {
  file: string;
  at: number;
  bytes: number;
}
