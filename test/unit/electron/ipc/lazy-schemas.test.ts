import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { lazySchemas } from '../../../../electron/ipc/lazy-schemas';

describe('lazySchemas', () => {
  it('lists every name at once, builds each schema on first read only, and keeps it', () => {
    let built = 0;
    const schemas = lazySchemas({
      a: () => (built++, z.string()),
      b: () => (built++, z.number()),
    });
    expect(Object.keys(schemas)).toEqual(['a', 'b']);
    expect(Object.prototype.hasOwnProperty.call(schemas, 'b')).toBe(true);
    expect(built).toBe(0);
    expect(schemas.a.parse('x')).toBe('x');
    expect(schemas.a).toBe(schemas.a);
    expect(built).toBe(1);
    expect(() => schemas.b.parse('not a number')).toThrow();
    expect(built).toBe(2);
  });
});
