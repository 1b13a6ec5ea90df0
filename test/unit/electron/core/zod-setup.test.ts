import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { globalConfig } from 'zod/v4/core';
import '../../../../electron/core/zod-setup';

describe('core zod setup', () => {
  it('checks without generated parsers and words its issues in English', () => {
    expect(globalConfig.jitless).toBe(true);
    expect(z.string().safeParse(5).error?.issues[0]?.message).toBe('Invalid input: expected string, received number');
  });
});
