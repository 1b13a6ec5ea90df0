/** Runs the provider emulator by hand: `npx tsx scripts/emulator.ts [key]` prints its base URL. */
import { startEmulator } from '../test/support/emulator';

const key = process.argv[2] ?? 'emu-key-0000000000000000';
const emu = await startEmulator({ key, chunkDelayMs: 40 });
console.log(`Emulator: ${emu.baseUrl} (key ${key.slice(0, 4)}…, models emu-small, Emu-Large)`);
