import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ app: {}, dialog: {}, protocol: {}, session: {}, shell: {} }));
const { permissionAllowed } = await import('../../../../electron/adapters/permissions');

describe('permissions', () => {
  it('grants the clipboard write to the app itself and nothing else', () => {
    expect(permissionAllowed('clipboard-sanitized-write', 'app://switchboard/index.html')).toBe(true);
    expect(permissionAllowed('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(permissionAllowed('clipboard-read', 'app://switchboard/')).toBe(false);
    expect(permissionAllowed('media', 'app://switchboard/')).toBe(false);
    expect(permissionAllowed('clipboard-sanitized-write', undefined)).toBe(false);
  });
});

