import type { CauseId } from './diagnose/causes';

/** An error meant for the user: a stable code, a readable message, and catalog causes when known. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly causes?: CauseId[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}
