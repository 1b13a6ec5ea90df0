import { describe, expect, it } from 'vitest';
import { formatHeaderLines, parseHeaderLines } from '../../../../../renderer/features/settings/headers-text';

describe('extra headers text', () => {
  it('parses Name: value lines and reports bad ones', () => {
    expect(parseHeaderLines('X-Title: Switchboard\n\nHTTP-Referer: https://a.b/c:d\nbad line')).toEqual({
      headers: { 'X-Title': 'Switchboard', 'HTTP-Referer': 'https://a.b/c:d' },
      errors: ['Line 4: expected "Name: value"'],
    });
    expect(formatHeaderLines({ A: '1', B: '2' })).toBe('A: 1\nB: 2');
  });
});
