import { describe, expect, it } from 'vitest';
import { fixFor } from '../../../../renderer/components/cause-fixes';

describe('cause fixes', () => {
  it('offers the mechanical fix where there is one, else the settings', () => {
    expect(fixFor('key-whitespace', 'Together AI')).toEqual({ kind: 'key-fix', label: 'Trim the key', fix: 'trim' });
    expect(fixFor('host-no-scheme', 'Together AI')).toEqual({ kind: 'set-base-url', label: 'Add https://' });
    expect(fixFor('model-case', 'Together AI')?.kind).toBe('pick-model');
    expect(fixFor('key-missing', 'Together AI')).toEqual({ kind: 'open-settings', label: 'Open Together AI settings' });
    expect(fixFor('rate-limited', 'Together AI')).toBeUndefined();
  });
});
