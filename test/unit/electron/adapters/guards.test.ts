import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ app: {}, dialog: {}, protocol: {}, session: {}, shell: {} }));
const { isExternalLink } = await import('../../../../electron/adapters/guards');

describe('links', () => {
  it('hands only https links to the system browser', () => {
    expect(isExternalLink('https://docs.example.com/x')).toBe(true);
    for (const url of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'nonsense']) expect(isExternalLink(url), url).toBe(false);
  });
});
