/** Persistence seam: the settings file (settings-file.ts) in every host, a Map in tests. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  delete(key: string): void;
}

/** An in-memory store (tests, and the CLI which never persists keys). */
export class MemoryStore implements KeyValueStore {
  private readonly map = new Map<string, unknown>();

  get(key: string): unknown {
    const value = this.map.get(key);
    return value === undefined ? undefined : structuredClone(value);
  }

  set(key: string, value: unknown): void {
    this.map.set(key, structuredClone(value));
  }

  delete(key: string): void {
    this.map.delete(key);
  }
}
