import { describe, expect, it } from 'vitest';
import { parseHeaderLines } from '../../../../../renderer/features/settings/headers-text';

describe('extra headers text', () => {
  it('parses Name: value lines and reports bad ones', () => {
    expect(parseHeaderLines('X-Title: Switchboard\n\nHTTP-Referer: https://a.b/c:d\nbad line')).toEqual({
      headers: { 'X-Title': 'Switchboard', 'HTTP-Referer': 'https://a.b/c:d' },
      errors: ['Line 4: expected "Name: value"'],
    });
  });
});
