/**
 * The first `length` characters of `text` as a string of their own. V8 makes a long `slice` a view
 * that keeps the whole original alive, so a capped body kept in the wire log held its full,
 * uncapped text (a long conversation's request: hundreds of KB each). The copy goes through UTF-16
 * code units, so a cut between the halves of a surrogate pair is kept exactly as cut.
 */
export function detachedSlice(text: string, length: number): string {
  return Buffer.from(text.slice(0, length), 'utf16le').toString('utf16le');
}
