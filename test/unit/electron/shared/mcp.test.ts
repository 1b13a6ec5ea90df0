import { describe, expect, it } from 'vitest';
import { isSecretEnvName, isSecretHeader, splitSecrets } from '../../../../electron/shared/mcp';

describe('splitSecrets', () => {
  it('puts values whose name says secret apart, in their order, and keeps the rest plain', () => {
    expect(splitSecrets({ GITHUB_TOKEN: 'fake-1', DEBUG: '1', API_KEY: 'fake-2' }, isSecretEnvName)).toEqual({ plain: { DEBUG: '1' }, hidden: { GITHUB_TOKEN: 'fake-1', API_KEY: 'fake-2' } });
    expect(Object.keys(splitSecrets({ b_TOKEN: 'x', a_SECRET: 'y' }, isSecretEnvName).hidden)).toEqual(['b_TOKEN', 'a_SECRET']);
  });

  it('uses the rule it is given (headers: all but the plainly harmless ones)', () => {
    expect(splitSecrets({ Accept: 'application/json', 'X-Api-Key': 'fake-3' }, isSecretHeader)).toEqual({ plain: { Accept: 'application/json' }, hidden: { 'X-Api-Key': 'fake-3' } });
  });
});
