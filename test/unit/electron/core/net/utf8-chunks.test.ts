import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createUtf8ChunkDecoder } from '../../../../../electron/core/net/utf8-chunks';

function decodeInPieces(bytes: Uint8Array, cuts: number[]): string {
  const decoder = createUtf8ChunkDecoder();
  let out = '';
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    out += decoder.push(bytes.subarray(from, cut));
    from = cut;
  }
  return out + decoder.push(bytes.subarray(from)) + decoder.end();
}

// Text with ASCII, two-, three- and four-byte characters and BOMs, plus bytes that are not UTF-8.
const piece = fc.oneof(
  fc.constantFrom('data: {"a":1}\n\n', 'é', '雪', '☃', '😀', '\uFEFF', 'x').map((s) => [...new TextEncoder().encode(s)]),
  fc.constantFrom([0xff], [0xc3], [0xe2, 0x98], [0x80]),
);

describe('createUtf8ChunkDecoder', () => {
  it('decodes any bytes cut anywhere exactly as one TextDecoder over the whole body', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 10 }), (pieces, rawCuts) => {
        const bytes = new Uint8Array(pieces.flat());
        const cuts = rawCuts.map((c) => (bytes.length ? c % (bytes.length + 1) : 0));
        expect(decodeInPieces(bytes, cuts)).toBe(new TextDecoder().decode(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('drops one leading BOM, split or not, and keeps a BOM that starts a later piece', () => {
    const bom = [0xef, 0xbb, 0xbf];
    const bytes = new Uint8Array([...bom, 0x61, ...bom, 0x62]);
    expect(decodeInPieces(bytes, [1, 2])).toBe('a\uFEFFb');
    expect(decodeInPieces(bytes, [4])).toBe('a\uFEFFb');
  });
});
