// har-validator ships no types; only the HAR-level validator is used here.
declare module 'har-validator/lib/promise.js' {
  export function har(data: unknown): Promise<unknown>;
}
