import { describe, expect, it } from 'vitest';
import { loginShellPath, mergePaths, pathFromOutput } from '../../../../electron/host/login-shell-path';

describe('the login shell PATH for stdio MCP servers', () => {
  it('reads the PATH between the markers, whatever the rc files print', () => {
    expect(pathFromOutput('Welcome!\n__SWITCHBOARD_PATH__/home/me/.nvm/bin:/usr/bin__SWITCHBOARD_PATH__')).toBe('/home/me/.nvm/bin:/usr/bin');
    expect(pathFromOutput('no markers')).toBeUndefined();
  });

  it("puts the shell's PATH first, then the app's, each folder once", async () => {
    const asked: string[][] = [];
    const path = await loginShellPath({
      platform: 'linux',
      env: { SHELL: '/bin/bash', PATH: '/usr/bin:/bin' },
      runShell: async (shell, args) => {
        asked.push([shell, ...args]);
        return '__SWITCHBOARD_PATH__/home/me/.nvm/versions/node/v22/bin:/usr/bin__SWITCHBOARD_PATH__';
      },
    });
    expect(asked[0]!.slice(0, 2)).toEqual(['/bin/bash', '-ilc']);
    expect(path.split(':').slice(0, 3)).toEqual(['/home/me/.nvm/versions/node/v22/bin', '/usr/bin', '/bin']);
  });

  it("keeps the app's PATH when the shell says nothing", async () => {
    const path = await loginShellPath({ platform: 'linux', env: { PATH: '/usr/bin' }, runShell: async () => '' });
    expect(path.startsWith('/usr/bin')).toBe(true);
  });

  it('asks no shell on Windows', async () => {
    expect(await loginShellPath({ platform: 'win32', env: { PATH: 'C:\\bin' }, runShell: async () => 'nope' })).toBe('C:\\bin');
  });

  it('merges without duplicates', () => {
    expect(mergePaths('/a:/b', '/b:/c', undefined)).toBe('/a:/b:/c');
  });
});
