import { statSync } from 'node:fs';
import { makeTempDir } from '../../../../support/temp-dir';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeyFileCipher } from '../../../../../electron/core/keys/keyfile-cipher';
import { CANARY_KEY } from '../../../../support/canary';

describe('key-file cipher', () => {
  it('round-trips, writes its key file 0600, and reports itself as file strength', async () => {
    const path = join(makeTempDir('sb-kf-'), 'keyfile');
    const cipher = new KeyFileCipher(path);
    const data = await cipher.encrypt(CANARY_KEY);
    expect(Buffer.from(data).toString('latin1')).not.toContain(CANARY_KEY);
    expect((await new KeyFileCipher(path).decrypt(data)).plain).toBe(CANARY_KEY);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(await cipher.strength()).toBe('file');
  });
  it('refuses tampered ciphertext', async () => {
    const cipher = new KeyFileCipher(join(makeTempDir('sb-kf-'), 'keyfile'));
    const data = Buffer.from(await cipher.encrypt('secret-value'));
    data[data.length - 1]! ^= 1;
    await expect(cipher.decrypt(data)).rejects.toThrow();
  });
});
