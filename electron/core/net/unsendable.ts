/**
 * fetch refuses, before any I/O, a header value with characters HTTP does not allow (non-ASCII,
 * control characters): Node says "ByteString", browsers and Electron "invalid header value".
 * The one test for that refusal. Pure.
 */
export function isUnsendableHeaderError(message: string | undefined): boolean {
  return /ByteString|header value|invalid header/i.test(message ?? '');
}
