import type { CauseId } from '../../electron/shared/causes';
import type { ProviderRegion } from '../../electron/shared/provider';

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** A button label: a message key and its values. */
export interface Label {
  key: 'causes.trimKey' | 'causes.unquoteKey' | 'causes.stripBearer' | 'causes.stripInvisible' | 'causes.addScheme' | 'causes.repairUrl' | 'causes.useRightCase' | 'causes.openSettings' | 'causes.switchRegion';
  values?: Record<string, string>;
}

/** A fix the app can carry out for a cause, as one button. */
export type FixAction =
  | { kind: 'open-settings'; label: Label }
  | { kind: 'key-fix'; label: Label; fix: 'trim' | 'unquote' | 'strip-bearer' | 'strip-invisible' }
  | { kind: 'set-base-url'; label: Label }
  | { kind: 'pick-model'; label: Label }
  | { kind: 'switch-region'; label: Label; baseUrl: string };

/**
 * The one-click fix for a cause where the app can act, else the provider's settings (unless those
 * are already on screen: then there is no button, the fields are right there). Pure.
 */
export function fixFor(cause: CauseId | string, providerName: string, otherRegion?: ProviderRegion, inOwnSettings = false): FixAction | undefined {
  const settings: FixAction | undefined = inOwnSettings ? undefined : { kind: 'open-settings', label: { key: 'causes.openSettings', values: { provider: providerName } } };
  switch (cause) {
    case 'key-wrong-region':
      return otherRegion ? { kind: 'switch-region', label: { key: 'causes.switchRegion', values: { region: otherRegion.name, host: hostOf(otherRegion.baseUrl) } }, baseUrl: otherRegion.baseUrl } : settings;
    case 'key-whitespace':
      return { kind: 'key-fix', label: { key: 'causes.trimKey' }, fix: 'trim' };
    case 'key-quoted':
      return { kind: 'key-fix', label: { key: 'causes.unquoteKey' }, fix: 'unquote' };
    case 'key-bearer-prefix':
      return { kind: 'key-fix', label: { key: 'causes.stripBearer' }, fix: 'strip-bearer' };
    case 'key-invisible-chars':
      return { kind: 'key-fix', label: { key: 'causes.stripInvisible' }, fix: 'strip-invisible' };
    case 'host-no-scheme':
      return { kind: 'set-base-url', label: { key: 'causes.addScheme' } };
    case 'host-double-scheme':
    case 'path-duplicated':
      return { kind: 'set-base-url', label: { key: 'causes.repairUrl' } };
    case 'model-case':
      return { kind: 'pick-model', label: { key: 'causes.useRightCase' } };
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
      return settings;
    default:
      return undefined;
  }
}
