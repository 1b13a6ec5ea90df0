import { AppError } from '../shared/errors';
import { USAGE, usageLine, type CliArgs } from './args';
import type { CliIo } from './context';
import { UsageError } from './usage';

export type { CliIo } from './context';

/** Runs one CLI command; returns the exit code. */
export async function runCli(args: CliArgs, io: CliIo): Promise<number> {
  switch (args.command) {
    case 'help':
      io.out(`${USAGE}\n`);
      return 0;
    // Each command loads only what it needs (the bundle splits along these imports): `help` and
    // `providers` never load the network stack or the SQLite binding.
    case 'providers':
      return (await import('./commands/providers')).providersCommand(args, io);
    case 'models':
      return (await import('./commands/models')).modelsCommand(args, io);
    case 'doctor':
      return (await import('./commands/doctor')).doctorCommand(args, io);
    case 'chat':
      return (await import('./commands/chat')).chatCommand(args, io);
    case 'compare':
      return (await import('./commands/compare')).compareCommand(args, io);
    case 'mcp':
      return (await import('./commands/mcp')).mcpCommand(args, io);
    case 'history':
      return (await import('./commands/history')).historyCommand(args, io);
  }
}

/** Maps an exception to an exit code and message: 2 for usage, 1 for everything else. */
export function exitCodeFor(error: unknown, io: Pick<CliIo, 'err'>): number {
  if (error instanceof UsageError) {
    io.err(`${error.message}\n${usageLine(error.command)}\n`);
    return 2;
  }
  if (error instanceof AppError) {
    io.err(`${error.message}\n`);
    return error.code === 'protocol-unsupported' ? 2 : 1;
  }
  io.err(`${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
}
