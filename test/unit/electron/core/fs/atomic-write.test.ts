import { mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../../../electron/core/fs/atomic-write';
import { useTempDir } from '../../../../support/temp-dir';

describe('writeFileAtomic', () => {
  const dir = useTempDir('sb-atomic-');

  it('replaces a file whole, with the mode asked for, creating its folder', () => {
    const file = join(dir(), 'nested', 'a.json');
    writeFileAtomic(file, 'first');
    writeFileAtomic(file, 'second', 0o640);
    expect(readFileSync(file, 'utf8')).toBe('second');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(join(dir(), 'nested'))).toEqual(['a.json']);
  });

  it('leaves no temp file behind when the write cannot land', () => {
    const target = join(dir(), 'taken');
    mkdirSync(join(target, 'inside'), { recursive: true });
    // Renaming a file over a folder that is not empty fails on every platform.
    expect(() => writeFileAtomic(target, 'data')).toThrow();
    expect(readdirSync(dir())).toEqual(['taken']);
  });
});
