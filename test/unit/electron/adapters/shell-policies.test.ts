import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ app: {}, dialog: {}, protocol: {}, session: {}, shell: {} }));
const { isAppUrl, appUrl } = await import('../../../../electron/adapters/app-scheme');
const { isExternalLink } = await import('../../../../electron/adapters/guards');
const { permissionAllowed } = await import('../../../../electron/adapters/permissions');
const { describeFatal } = await import('../../../../electron/adapters/fatal');
const { NewerFormatError } = await import('../../../../electron/shared/errors');

describe('the app origin', () => {
  it('is app://switchboard, compared as a parsed URL', () => {
    expect(isAppUrl(appUrl('#/settings'))).toBe(true);
    expect(isAppUrl('app://switchboard')).toBe(true);
    for (const url of ['app://switchboard.evil/', 'app://user@switchboard/', 'app://switchboard:1/', 'apps://switchboard/', 'https://switchboard/', 'file:///index.html', '']) expect(isAppUrl(url), url).toBe(false);
  });
});

describe('links and permissions', () => {
  it('hands only https links to the system browser', () => {
    expect(isExternalLink('https://docs.example.com/x')).toBe(true);
    for (const url of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'nonsense']) expect(isExternalLink(url), url).toBe(false);
  });
  it('grants the clipboard write to the app itself and nothing else', () => {
    expect(permissionAllowed('clipboard-sanitized-write', 'app://switchboard/index.html')).toBe(true);
    expect(permissionAllowed('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(permissionAllowed('clipboard-read', 'app://switchboard/')).toBe(false);
    expect(permissionAllowed('media', 'app://switchboard/')).toBe(false);
    expect(permissionAllowed('clipboard-sanitized-write', undefined)).toBe(false);
  });
});

describe('fatal start-up errors', () => {
  it('say what to do about data from a newer version, and where it is', () => {
    const report = describeFatal(new NewerFormatError('settings', 3, 1), '/home/u/.config/Switchboard');
    expect(report.title).toBe('Switchboard is older than its data');
    expect(report.message).toContain('format 3');
    expect(report.message).toContain('/home/u/.config/Switchboard');
  });
  it('say that nothing changed for anything else', () => {
    expect(describeFatal(new Error('EACCES: permission denied')).message).toMatch(/EACCES.*\n\nNothing was changed/s);
  });
});
