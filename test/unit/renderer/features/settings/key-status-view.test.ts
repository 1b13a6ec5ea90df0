import { describe, expect, it } from 'vitest';
import { describeKeyStatus } from '../../../../../renderer/features/settings/key-status-view';
import type { KeyStatus } from '../../../../../electron/shared/keys';

const status = (over: Partial<KeyStatus>): KeyStatus => ({ providerId: 'together', source: 'none', persisted: false, warnings: [], needsReentry: false, envPresent: false, envDiffers: false, envVar: 'TOGETHER_API_KEY', ...over });

describe('key status view', () => {
  it('says where the key comes from', () => {
    expect(describeKeyStatus(status({ source: 'stored', masked: 'tgp_…6789', length: 40, fingerprint: 'abcd1234' }), 'required')).toMatchObject({ label: 'Stored, encrypted', tone: 'ok' });
    expect(describeKeyStatus(status({ source: 'env' }), 'required').label).toBe('From environment variable TOGETHER_API_KEY');
    expect(describeKeyStatus(status({}), 'required')).toMatchObject({ label: 'No key', tone: 'bad' });
    expect(describeKeyStatus(status({}), 'optional')).toMatchObject({ tone: 'muted' });
    expect(describeKeyStatus(status({ needsReentry: true }), 'required').label).toBe('Needs re-entry');
  });
  it('warns when the environment variable differs', () => {
    const v = describeKeyStatus(status({ source: 'stored', envPresent: true, envDiffers: true }), 'required');
    expect(v.tone).toBe('warn');
    expect(v.details.join(' ')).toMatch(/TOGETHER_API_KEY is also set/);
  });
});
