import type { KeyStatus } from '../../../electron/shared/keys';

/** How the key status reads in the UI. */
export interface KeyStatusView {
  label: string;
  tone: 'ok' | 'warn' | 'bad' | 'muted';
  details: string[];
}

const SOURCE_LABEL: Record<KeyStatus['source'], string> = {
  stored: 'Stored, encrypted',
  session: 'In memory for this run only',
  env: 'From environment variable',
  none: 'No key',
};

/** Describes a key status for people, never showing more than its masked form. Pure. */
export function describeKeyStatus(status: KeyStatus, requirement: 'required' | 'optional' | 'none'): KeyStatusView {
  const details: string[] = [];
  if (status.masked) details.push(`${status.masked} · ${status.length} chars · sha256 ${status.fingerprint}`);
  if (status.source === 'env' && status.envVar) details.push(`Using ${status.envVar}.`);
  if (status.envDiffers && status.envVar) details.push(`${status.envVar} is also set, to a different key; the stored key is in effect.`);
  if (status.storageNote) details.push(status.storageNote);
  if (status.needsReentry) return { label: 'Needs re-entry', tone: 'bad', details };
  if (status.source === 'none') {
    if (requirement === 'required') details.push(status.envVar ? `Add a key here or set ${status.envVar}.` : 'Add a key here.');
    return { label: requirement === 'required' ? 'No key' : 'No key (not required)', tone: requirement === 'required' ? 'bad' : 'muted', details };
  }
  const label = status.source === 'env' && status.envVar ? `${SOURCE_LABEL.env} ${status.envVar}` : SOURCE_LABEL[status.source];
  const tone = status.warnings.length || status.envDiffers ? 'warn' : status.source === 'session' ? 'warn' : 'ok';
  return { label, tone, details };
}
