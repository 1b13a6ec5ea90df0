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

/** A stored file that could not be read and was set aside. */
export interface StoreProblemView {
  file: string;
  movedTo: string;
  reason: string;
}
