import type { CauseId } from '../../electron/shared/causes';
import type { ProviderRegion } from '../../electron/shared/provider';

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** A fix the app can carry out for a cause, as one button. */
export type FixAction =
  | { kind: 'open-settings'; label: string }
  | { kind: 'key-fix'; label: string; fix: 'trim' | 'unquote' | 'strip-bearer' | 'strip-invisible' }
  | { kind: 'set-base-url'; label: string }
  | { kind: 'pick-model'; label: string }
  | { kind: 'switch-region'; label: string; baseUrl: string };

/** The one-click fix for a cause where the app can act, else the settings. Pure. */
export function fixFor(cause: CauseId | string, providerName: string, otherRegion?: ProviderRegion): FixAction | undefined {
  switch (cause) {
    case 'key-wrong-region':
      return otherRegion ? { kind: 'switch-region', label: `Switch to ${otherRegion.name} (${hostOf(otherRegion.baseUrl)})`, baseUrl: otherRegion.baseUrl } : { kind: 'open-settings', label: `Open ${providerName} settings` };
    case 'key-whitespace':
      return { kind: 'key-fix', label: 'Trim the key', fix: 'trim' };
    case 'key-quoted':
      return { kind: 'key-fix', label: 'Remove the quotes', fix: 'unquote' };
    case 'key-bearer-prefix':
      return { kind: 'key-fix', label: 'Remove "Bearer " from the key', fix: 'strip-bearer' };
    case 'key-invisible-chars':
      return { kind: 'key-fix', label: 'Remove invisible characters', fix: 'strip-invisible' };
    case 'host-no-scheme':
      return { kind: 'set-base-url', label: 'Add https://' };
    case 'host-double-scheme':
    case 'path-duplicated':
      return { kind: 'set-base-url', label: 'Repair the base URL' };
    case 'model-case':
      return { kind: 'pick-model', label: 'Use the model with the right case' };
    case 'key-missing':
    case 'header-empty':
    case 'key-rejected':
    case 'key-wrong-provider':
    case 'key-env-override':
    case 'auth-scheme-mismatch':
    case 'host-insecure-http':
    case 'redirect-dropped-auth':
    case 'path-missing-version':
    case 'model-unknown':
      return { kind: 'open-settings', label: `Open ${providerName} settings` };
    default:
      return undefined;
  }
}
