/** Parses "Name: value" lines into headers; reports the lines it cannot read. Pure. */
export function parseHeaderLines(text: string): { headers: Record<string, string>; errors: string[] } {
  const headers: Record<string, string> = {};
  const errors: string[] = [];
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (!line) continue;
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    if (!name || !/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name)) {
      errors.push(`Line ${i + 1}: expected "Name: value"`);
      continue;
    }
    headers[name] = line.slice(colon + 1).trim();
  }
  return { headers, errors };
}
