/** Splits a growing text stream into complete lines (NDJSON), buffering a partial last line. */
export function createLineFramer(): { push(text: string): string[]; end(): string[] } {
  let buffer = '';
  return {
    push(text) {
      buffer += text;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      return lines.map((l) => l.trim()).filter(Boolean);
    },
    end() {
      const rest = buffer.trim();
      buffer = '';
      return rest ? [rest] : [];
    },
  };
}
