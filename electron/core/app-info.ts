import type { AppInfo, Transport } from '../shared/app-info';
import type { Cipher } from './keys/cipher';

/** What the app says about itself: version, host, how keys are protected, problems found at start. */
export async function describeApp(deps: { version: string; transport: Transport; cipher: Cipher; dataDir: string; problems: readonly string[] }): Promise<AppInfo> {
  return {
    version: deps.version,
    transport: deps.transport,
    cipherBackend: await deps.cipher.backend(),
    cipherStrength: await deps.cipher.strength(),
    cipherAvailable: await deps.cipher.isAvailable(),
    dataDir: deps.dataDir,
    problems: [...deps.problems],
  };
}
