/** Stable cause ids shared by the inspector, the settings Test button and `doctor`. */
export const CAUSE_IDS = [
  'key-missing',
  'header-empty',
  'key-whitespace',
  'key-quoted',
  'key-bearer-prefix',
  'key-invisible-chars',
  'key-wrong-provider',
  'auth-scheme-mismatch',
  'host-no-scheme',
  'host-double-scheme',
  'host-insecure-http',
  'redirect-dropped-auth',
  'path-missing-version',
  'path-duplicated',
  'model-case',
  'model-unknown',
  'key-rejected',
  'key-wrong-region',
  'key-env-override',
  'quota-exhausted',
  'rate-limited',
  'provider-overloaded',
  'proxy-interference',
  'network-unreachable',
] as const;

/** One of CAUSE_IDS. */
export type CauseId = (typeof CAUSE_IDS)[number];

/** What the catalog says about a cause. */
export interface CauseInfo {
  id: CauseId;
  title: string;
  explanation: string;
  fix: string;
}
