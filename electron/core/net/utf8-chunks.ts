/** Decodes a byte stream piece by piece into text; `end` returns what an unfinished character left. */
export interface Utf8ChunkDecoder {
  push(bytes: Uint8Array): string;
  end(): string;
}

const BOM = '\uFEFF';

/**
 * A UTF-8 decoder for streamed bodies. Node's TextDecoder is more than ten times slower with
 * `{ stream: true }` than without (measured on SSE bodies in 4 KB reads), and every byte of every
 * answer goes through here. A piece whose last byte is ASCII cannot end inside a character, so it
 * is decoded without the flag (which still joins what the previous piece left); only pieces that
 * may end inside a character take the streaming path. Output is exactly
 * what a streaming TextDecoder gives, a leading BOM dropped once (as TextDecoder does at a
 * stream's start) and a BOM starting any later piece kept as text.
 */
export function createUtf8ChunkDecoder(): Utf8ChunkDecoder {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let pending = false;
  let first = true;
  const stripFirstBom = (text: string) => {
    if (!first || !text) return text;
    first = false;
    return text.startsWith(BOM) ? text.slice(1) : text;
  };
  return {
    push(bytes) {
      if (!bytes.length) return '';
      // Without the flag, decode still joins the bytes a previous piece left, then flushes.
      pending = bytes[bytes.length - 1]! >= 0x80;
      return stripFirstBom(decoder.decode(bytes, pending ? { stream: true } : undefined));
    },
    end() {
      if (!pending) return '';
      pending = false;
      return stripFirstBom(decoder.decode());
    },
  };
}
