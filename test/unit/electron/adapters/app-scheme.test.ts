import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ app: {}, dialog: {}, protocol: {}, session: {}, shell: {} }));
const { isAppUrl, appUrl } = await import('../../../../electron/adapters/app-scheme');

describe('the app origin', () => {
  it('is app://switchboard, compared as a parsed URL', () => {
    expect(isAppUrl(appUrl('#/settings'))).toBe(true);
    expect(isAppUrl('app://switchboard')).toBe(true);
    for (const url of ['app://switchboard.evil/', 'app://user@switchboard/', 'app://switchboard:1/', 'apps://switchboard/', 'https://switchboard/', 'file:///index.html', '']) expect(isAppUrl(url), url).toBe(false);
  });
});

