import { describe, expect, it } from 'vitest';
import { fixFor } from '../../../../renderer/components/cause-fixes';

describe('cause fixes', () => {
  it('offers the mechanical fix where there is one, else the settings', () => {
    expect(fixFor('key-whitespace', 'Together AI')).toEqual({ kind: 'key-fix', label: { key: 'causes.trimKey' }, fix: 'trim' });
    expect(fixFor('host-no-scheme', 'Together AI')).toEqual({ kind: 'set-base-url', label: { key: 'causes.addScheme' } });
    expect(fixFor('model-case', 'Together AI')?.kind).toBe('pick-model');
    expect(fixFor('key-missing', 'Together AI')).toEqual({ kind: 'open-settings', label: { key: 'causes.openSettings', values: { provider: 'Together AI' } } });
    expect(fixFor('rate-limited', 'Together AI')).toBeUndefined();
  });

  it('offers no "open settings" button on that provider\'s own settings page', () => {
    expect(fixFor('key-rejected', 'Together AI', undefined, true)).toBeUndefined();
    expect(fixFor('key-whitespace', 'Together AI', undefined, true)?.kind).toBe('key-fix');
  });

  it('switches a region mix-up to the region the base URL is not on, in one click', () => {
    const intl = { id: 'intl', name: 'International', baseUrl: 'https://api.moonshot.ai/v1' };
    expect(fixFor('key-wrong-region', 'Moonshot', intl)).toEqual({ kind: 'switch-region', label: { key: 'causes.switchRegion', values: { region: 'International', host: 'api.moonshot.ai' } }, baseUrl: 'https://api.moonshot.ai/v1' });
    expect(fixFor('key-wrong-region', 'Moonshot')?.kind).toBe('open-settings');
  });
});
