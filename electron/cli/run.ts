import { AppError } from '../shared/errors';
import { USAGE, usageLine, type CliArgs } from './args';
import type { CliIo } from './context';
import { chatCommand } from './commands/chat';
import { doctorCommand } from './commands/doctor';
import { historyCommand } from './commands/history';
import { modelsCommand } from './commands/models';
import { providersCommand } from './commands/providers';
import { UsageError } from './usage';

export type { CliIo } from './context';

/** Runs one CLI command; returns the exit code. */
export async function runCli(args: CliArgs, io: CliIo): Promise<number> {
  switch (args.command) {
    case 'help':
      io.out(`${USAGE}\n`);
      return 0;
    case 'providers':
      return providersCommand(args, io);
    case 'models':
      return modelsCommand(args, io);
    case 'doctor':
      return doctorCommand(args, io);
    case 'chat':
      return chatCommand(args, io);
    case 'history':
      return historyCommand(args, io);
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
