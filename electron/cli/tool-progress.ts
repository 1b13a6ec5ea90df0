import type { ToolStep } from '../shared/tools';
import { prettyArguments } from '../shared/tools';

const oneLine = (text: string, max = 160) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** Prints each tool call to stderr as it changes state: asked, running, and how it ended. */
export function toolProgress(err: (text: string) => void): (steps: readonly ToolStep[]) => void {
  const seen = new Map<string, string>();
  return (steps) => {
    for (const call of steps.flatMap((s) => s.calls)) {
      const key = `${call.id}:${call.name}`;
      if (seen.get(key) === call.state) continue;
      seen.set(key, call.state);
      const who = call.server ? `${call.server}/${call.tool}` : call.name;
      if (call.state === 'running') err(`\n→ ${who} ${oneLine(prettyArguments(call.arguments))}\n`);
      else if (call.state === 'done') err(`← ${who}${call.durationMs !== undefined ? ` (${Math.round(call.durationMs)} ms)` : ''}: ${oneLine(call.result ?? '')}\n`);
      else if (call.state === 'error') err(`← ${who} failed: ${oneLine(call.result ?? '')}\n`);
      else if (call.state === 'denied') err(`✗ ${who} refused: ${oneLine(call.result ?? '')}\n`);
      else if (call.state === 'aborted') err(`✗ ${who} stopped\n`);
    }
  };
}
