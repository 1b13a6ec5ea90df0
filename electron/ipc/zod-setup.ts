import { config } from 'zod/mini';
import { en } from 'zod/locales';

/*
 * How the contract uses zod, set before its first schema is built (contract.ts imports this module
 * first). The core sets the same in core/zod-setup.ts (neither layer may import the other; the
 * setting is process-wide, so either one suffices at run time).
 * - Issues in English: zod/mini has no words without a locale ("Invalid input"), and a refused call
 *   tells the window what was wrong.
 * - No generated parsers: zod compiles a fast path for an object schema the first time it checks
 *   one (~0.2 ms each, most at start: the window's first calls) to save well under a microsecond
 *   on each later call.
 */
config({ ...en(), jitless: true });
