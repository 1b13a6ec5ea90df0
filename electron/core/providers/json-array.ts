/**
 * Incrementally yields the elements of a streamed top-level JSON array (Gemini's
 * `streamGenerateContent` without `alt=sse`): `[`, `{...}`, `,`, `{...}`, `]`, split anywhere.
 * Tracks nesting and string state so brackets inside strings never confuse it.
 */
export function createJsonArrayFramer(): { push(text: string): string[]; end(): string[] } {
  let depth = 0; // 1 = inside the outer array, 2+ = inside an element
  let inString = false;
  let escaped = false;
  let current = '';
  return {
    push(text) {
      const out: string[] = [];
      for (const ch of text) {
        if (depth >= 2) current += ch;
        if (inString) {
          if (escaped) escaped = false;
          else if (ch === '\\') escaped = true;
          else if (ch === '"') inString = false;
          continue;
        }
        if (ch === '"') inString = true;
        else if (ch === '{' || ch === '[') {
          depth++;
          if (depth === 2) current = ch;
        } else if (ch === '}' || ch === ']') {
          depth--;
          if (depth === 1) {
            out.push(current);
            current = '';
          }
        }
      }
      return out;
    },
    end() {
      return [];
    },
  };
}
