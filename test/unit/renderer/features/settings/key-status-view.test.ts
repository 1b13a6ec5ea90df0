import { describe, expect, it } from 'vitest';
import { describeKeyStatus } from '../../../../../renderer/features/settings/key-status-view';
import type { KeyStatus } from '../../../../../electron/shared/keys';
import { testT } from '../../../../support/i18n';

const t = testT();

const status = (over: Partial<KeyStatus>): KeyStatus => ({ providerId: 'together', source: 'none', persisted: false, warnings: [], needsReentry: false, envPresent: false, envDiffers: false, envVar: 'TOGETHER_API_KEY', ...over });

describe('key status view', () => {
  it('says where the key comes from', () => {
    expect(describeKeyStatus(status({ source: 'stored', masked: 'tgp_…6789', length: 40, fingerprint: 'abcd1234' }), 'required', t)).toMatchObject({ label: 'Stored, encrypted', tone: 'ok' });
    expect(describeKeyStatus(status({ source: 'env' }), 'required', t).label).toBe('From environment variable TOGETHER_API_KEY');
    expect(describeKeyStatus(status({}), 'required', t)).toMatchObject({ label: 'No key', tone: 'bad' });
    expect(describeKeyStatus(status({}), 'optional', t)).toMatchObject({ tone: 'muted' });
    expect(describeKeyStatus(status({ needsReentry: true }), 'required', t).label).toBe('Needs re-entry');
  });
  it('warns when the environment variable differs', () => {
    const v = describeKeyStatus(status({ source: 'stored', envPresent: true, envDiffers: true }), 'required', t);
    expect(v.tone).toBe('warn');
    expect(v.details.join(' ')).toMatch(/TOGETHER_API_KEY is also set/);
  });
  it('does not call a working key broken for whitespace fetch trims (a note, not a warning)', () => {
    const note = { id: 'key-whitespace' as const, message: 'trailing space', fix: 'trim' as const, severity: 'note' as const };
    expect(describeKeyStatus(status({ source: 'stored', warnings: [note] }), 'required', t).tone).toBe('ok');
    expect(describeKeyStatus(status({ source: 'stored', warnings: [{ ...note, severity: undefined }] }), 'required', t).tone).toBe('warn');
  });
  it('speaks Chinese', () => {
    expect(describeKeyStatus(status({}), 'required', testT('zh-CN')).label).toBe('没有密钥');
  });
});
