import { createHash } from 'node:crypto';
import { TOOL_NAME_PATTERN } from '../../shared/mcp';

const MAX = 64;

function clean(text: string): string {
  return text.replace(/[^a-zA-Z0-9_-]+/g, '_').replace(/^_+|_+$/g, '') || 'x';
}

/**
 * The name a server's tool is offered to the model under: `server__tool`, cut to the 64 characters
 * every protocol accepts (with a short hash when cut, so two long names stay apart). Pure.
 */
export function offeredName(server: string, tool: string): string {
  let name = `${clean(server)}__${clean(tool)}`;
  if (!/^[a-zA-Z_]/.test(name)) name = `_${name}`;
  if (name.length <= MAX) return name;
  const hash = createHash('sha256').update(`${server}\u0000${tool}`).digest('hex').slice(0, 6);
  return `${name.slice(0, MAX - 7)}_${hash}`;
}

/** Offered names for every (server, tool), unique and valid. Pure. */
export function offeredNames(pairs: readonly { server: string; tool: string }[]): string[] {
  const used = new Set<string>();
  return pairs.map(({ server, tool }) => {
    let name = offeredName(server, tool);
    for (let n = 2; used.has(name) || !TOOL_NAME_PATTERN.test(name); n++) name = `${offeredName(server, tool).slice(0, MAX - 4)}_${n}`;
    used.add(name);
    return name;
  });
}
