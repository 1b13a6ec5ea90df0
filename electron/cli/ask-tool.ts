import { createInterface } from 'node:readline/promises';
import { prettyArguments, type ToolApprovalRequest, type ToolDecision } from '../shared/tools';

let queue: Promise<unknown> = Promise.resolve();

/** The answer typed at the approval prompt. Pure. */
export function decisionOf(answer: string): ToolDecision {
  const a = answer.trim().toLowerCase();
  if (a === 'y' || a === 'yes' || a === 'o' || a === 'once') return 'once';
  if (a === 'a' || a === 'always') return 'always';
  return 'deny';
}

/**
 * Asks on the terminal whether a tool call may run, showing its server, tool and full arguments.
 * Without a terminal on both ends (a pipe, a script) nobody can answer: `no-terminal`, so the call
 * is refused. Parallel calls are asked one after another.
 */
export function askOnTerminal(request: ToolApprovalRequest): Promise<ToolDecision | 'no-terminal'> {
  if (!process.stdin.isTTY || !process.stderr.isTTY) return Promise.resolve('no-terminal');
  const ask = async (): Promise<ToolDecision> => {
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    try {
      process.stderr.write(`\nThe model wants to call ${request.server} / ${request.tool} with:\n${prettyArguments(request.arguments)}\n`);
      return decisionOf(await rl.question('Allow? [y]es once, [a]lways in this run, [N]o: '));
    } finally {
      rl.close();
    }
  };
  const next = queue.then(ask, ask);
  queue = next.catch(() => undefined);
  return next;
}
