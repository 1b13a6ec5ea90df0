import type { TFunction } from 'i18next';
import type { Label } from './cause-fixes';

/**
 * A label's text. The Label type already limits its key to catalog keys; i18next's typings cannot
 * take a union of keys with differing values in one call, hence the one cast here.
 */
export function labelText(t: TFunction, label: Label): string {
  return keyText(t, label.key, label.values);
}

/** The text of a catalog key chosen at run time from a known set (same reason as labelText). */
export function keyText(t: TFunction, key: string, values?: Record<string, string>): string {
  return (t as unknown as (key: string, values?: Record<string, string>) => string)(key, values);
}
