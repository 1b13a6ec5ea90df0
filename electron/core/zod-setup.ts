import { config } from 'zod/mini';
import { en } from 'zod/locales';

/*
 * How the core uses zod, set before its first schema is built: every core module that builds one
 * imports this module first. The contract sets the same in ipc/zod-setup.ts (neither layer may
 * import the other; the setting is process-wide, so either one suffices at run time).
 * - Issues in English: zod/mini has no words without a locale ("Invalid input"), and a settings or
 *   setups file that is refused must say what is wrong with it.
 * - No generated parsers: zod compiles a fast path for an object schema the first time it checks
 *   one (~0.2 ms each, most of them at start) to save well under a microsecond on each later check,
 *   and the core checks a few values per request.
 */
config({ ...en(), jitless: true });
