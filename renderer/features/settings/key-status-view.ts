import type { TFunction } from 'i18next';
import type { KeyStatus } from '../../../electron/shared/keys';

/** How the key status reads in the UI. */
export interface KeyStatusView {
  label: string;
  tone: 'ok' | 'warn' | 'bad' | 'muted';
  details: string[];
}

/**
 * Describes a key status for people, never showing more than its masked form. Notes (whitespace
 * that is trimmed when sent) do not make it a warning: the key works. Pure given `t`.
 */
export function describeKeyStatus(status: KeyStatus, requirement: 'required' | 'optional' | 'none', t: TFunction): KeyStatusView {
  const details: string[] = [];
  if (status.masked) details.push(t('key.fingerprint', { masked: status.masked, length: status.length ?? 0, fingerprint: status.fingerprint ?? '' }));
  if (status.source === 'env' && status.envVar) details.push(t('key.using', { variable: status.envVar }));
  if (status.envDiffers && status.envVar) details.push(t('key.envDiffers', { variable: status.envVar }));
  if (status.storageNote) details.push(status.storageNote);
  if (status.needsReentry) return { label: t('key.needsReentry'), tone: 'bad', details };
  if (status.source === 'none') {
    if (requirement === 'required') details.push(status.envVar ? t('key.addHereOr', { variable: status.envVar }) : t('key.addHere'));
    return { label: requirement === 'required' ? t('key.source.none') : t('key.noKeyOptional'), tone: requirement === 'required' ? 'bad' : 'muted', details };
  }
  const label = status.source === 'env' && status.envVar ? t('key.fromEnv', { variable: status.envVar }) : t(`key.source.${status.source}`);
  const warned = status.warnings.some((w) => w.severity !== 'note');
  const tone = warned || status.envDiffers || status.source === 'session' ? 'warn' : 'ok';
  return { label, tone, details };
}
