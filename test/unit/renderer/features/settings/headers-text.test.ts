import { describe, expect, it } from 'vitest';
import { parseHeaderLines } from '../../../../../renderer/features/settings/headers-text';

describe('extra headers text', () => {
  it('parses Name: value lines and reports bad ones by line', () => {
    expect(parseHeaderLines('X-Title: Switchboard\n\nHTTP-Referer: https://a.b/c:d\nbad line\nBad Name: v')).toEqual({
      headers: { 'X-Title': 'Switchboard', 'HTTP-Referer': 'https://a.b/c:d' },
      errors: [{ line: 4 }, { line: 5, name: 'Bad Name' }],
    });
  });
});
