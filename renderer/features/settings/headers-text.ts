/** A line that could not be read: its number, and the name when it was there but invalid. */
export interface HeaderLineError {
  line: number;
  name?: string;
}

/** Parses "Name: value" lines into headers; reports the lines it cannot read. Pure. */
export function parseHeaderLines(text: string): { headers: Record<string, string>; errors: HeaderLineError[] } {
  const headers: Record<string, string> = {};
  const errors: HeaderLineError[] = [];
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (!line) continue;
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    if (!name) {
      errors.push({ line: i + 1 });
      continue;
    }
    if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name)) {
      errors.push({ line: i + 1, name });
      continue;
    }
    headers[name] = line.slice(colon + 1).trim();
  }
  return { headers, errors };
}
