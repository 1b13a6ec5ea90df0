import type { CauseId } from './causes';

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

/** Data written by a newer Switchboard: refused as it is, never rewritten or set aside. */
export class NewerFormatError extends AppError {
  constructor(
    readonly what: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super('newer-format', `The ${what} was written by a newer Switchboard (format ${found}); this version reads formats up to ${supported}.`);
    this.name = 'NewerFormatError';
  }
}
