import type { en } from './en';

/** A catalog of the same shape as the English one: every key, every nesting, strings at the leaves. */
export type Catalog<T = typeof en> = { readonly [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> };
