import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ app: {}, dialog: {}, protocol: {}, session: {}, shell: {} }));
const { describeFatal } = await import('../../../../electron/adapters/fatal');
const { NewerFormatError } = await import('../../../../electron/shared/errors');

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
