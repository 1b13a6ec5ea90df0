import type { ZodMiniType } from 'zod/mini';

/** Schemas by name, each built by its builder on first read and kept (what a plain object of them was, built lazily). */
export type LazySchemas<B extends Record<string, () => ZodMiniType>> = { readonly [K in keyof B]: ReturnType<B[K]> };

/**
 * An object with one enumerable property per builder, so `Object.keys` and `hasOwnProperty` see
 * every name at once, while each schema is only made the first time it is read.
 */
export function lazySchemas<B extends Record<string, () => ZodMiniType>>(builders: B): LazySchemas<B> {
  const schemas = {} as Record<keyof B, ZodMiniType>;
  for (const name of Object.keys(builders) as (keyof B)[]) {
    Object.defineProperty(schemas, name, {
      enumerable: true,
      configurable: true,
      get() {
        const schema = builders[name]!();
        Object.defineProperty(schemas, name, { value: schema, enumerable: true, writable: false, configurable: false });
        return schema;
      },
    });
  }
  return schemas as LazySchemas<B>;
}
