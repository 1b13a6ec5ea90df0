import type { CauseId } from './causes';
import type { Exchange } from './exchange';

/** One step of a diagnosis. */
export interface DoctorCheck {
  id: 'proxy' | 'base-url' | 'key' | 'models' | 'model' | 'chat' | 'region';
  status: 'pass' | 'warn' | 'fail' | 'skip';
  message: string;
  causes: CauseId[];
  exchangeIds?: string[];
}

/** What the doctor found; `causes` is the union of every check's causes, most important first. */
export interface DoctorReport {
  ok: boolean;
  provider: string;
  baseUrl: string;
  model: string;
  checks: DoctorCheck[];
  causes: CauseId[];
  exchanges: Exchange[];
  /** Set when the evidence fits more than one explanation. */
  ambiguity?: string;
  /** The base URL that fixes what was found (a repaired path, the key's own region), when one does. */
  suggestedBaseUrl?: string;
  at: number;
}
