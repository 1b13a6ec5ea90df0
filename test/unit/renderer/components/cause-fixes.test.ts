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
  it('switches a region mix-up to the region the base URL is not on, in one click', () => {
    const intl = { id: 'intl', name: 'International', baseUrl: 'https://api.moonshot.ai/v1' };
    expect(fixFor('key-wrong-region', 'Moonshot', intl)).toEqual({ kind: 'switch-region', label: 'Switch to International (api.moonshot.ai)', baseUrl: 'https://api.moonshot.ai/v1' });
    expect(fixFor('key-wrong-region', 'Moonshot')?.kind).toBe('open-settings');
  });
});
