import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  build: { files: string[]; electronFuses: Record<string, boolean> };
};

describe('the packaged app', () => {
  it('locks the Electron fuses down', () => {
    expect(pkg.build.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });
  it('ships only what main needs at run time, and no source maps', () => {
    for (const bundled of ['react', 'react-dom', 'ws', 'vite']) expect(pkg.dependencies, bundled).not.toHaveProperty(bundled);
    expect(pkg.build.files).toContain('!**/*.map');
  });
});
