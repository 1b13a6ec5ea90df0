import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../fs/atomic-write';
import { setAside } from '../fs/set-aside';
import { settingsProblem, type SettingsFile } from './sections';
import { SETTINGS_VERSION } from './settings-format';
import type { KeyValueStore } from './kv';

/** Result of opening the settings file: the store, and a note if an unreadable file was set aside. */
export interface OpenedStore {
  store: KeyValueStore;
  problem?: string;
}

/** How the file reaches the disk: atomically, mode 0600 (tests pass a failing one to stand for a full disk). */
export type WriteFile = (path: string, data: string) => void;

/** What openSettingsFile needs besides the path; both have defaults. */
export interface SettingsFileOptions {
  now?: () => number;
  write?: WriteFile;
}

/**
 * The settings file (`settings.json`) behind the KeyValueStore seam, for every host: JSON written
 * atomically with mode 0600, each section checked against its zod schema (sections.ts) before it is
 * kept, a file that cannot be read set aside and reported, never overwritten.
 *
 * Written here rather than with conf / electron-store: those check the file with ajv against a JSON
 * schema generated from the same zod sections, a second validator for what is already checked on
 * every read and write, and loading and compiling it (ajv, its formats, semver) was ~75 ms of every
 * start, a quarter of the preview's. What they add beyond this (dot paths, defaults, watching,
 * migrations by semver) is not used: the format's own migrations are in settings-format.ts.
 *
 * This process is the file's one writer (the app holds the single-instance lock; the command line
 * only reads it), so the file is read once, at open.
 */
export function openSettingsFile(file: string, options: SettingsFileOptions = {}): OpenedStore {
  const write = options.write ?? ((path, data) => writeFileAtomic(path, data, 0o600));
  try {
    return { store: new SettingsFileStore(file, readSettings(file), write) };
  } catch (error) {
    const movedTo = setAside(file, options.now);
    const reason = error instanceof Error ? error.message : String(error);
    return {
      store: new SettingsFileStore(file, fresh(), write),
      problem: `settings.json could not be read (${reason}); it was moved to ${movedTo} and fresh settings were started.`,
    };
  }
}

/**
 * Settings not saved yet: in the current format, so opening them migrates nothing and writes
 * nothing (the file appears with the first change).
 */
const fresh = (): SettingsFile => ({ version: SETTINGS_VERSION });

/** The file's content, or fresh settings for a file not written yet; throws for one that is not valid settings. */
function readSettings(file: string): SettingsFile {
  if (!existsSync(file)) return fresh();
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a JSON object');
  const problem = settingsProblem(parsed as SettingsFile);
  if (problem) throw new Error(problem);
  return parsed as SettingsFile;
}

class SettingsFileStore implements KeyValueStore {
  constructor(
    private readonly file: string,
    private readonly data: SettingsFile,
    private readonly write: WriteFile,
  ) {}

  // Copies in and out, so a caller changing what it was given cannot change the store behind its back.
  get(key: string): unknown {
    const value = this.data[key];
    return value === undefined ? undefined : structuredClone(value);
  }

  set(key: string, value: unknown): void {
    const problem = settingsProblem({ [key]: value });
    if (problem) throw new Error(`Settings not saved: ${problem}`);
    this.change(key, structuredClone(value));
  }

  delete(key: string): void {
    if (key in this.data) this.change(key, undefined);
  }

  /** Applies a change and writes the file; if the write fails (a full disk), the change is undone and the error thrown. */
  private change(key: string, value: unknown): void {
    const had = key in this.data;
    const before = this.data[key];
    if (value === undefined) delete this.data[key];
    else this.data[key] = value;
    try {
      // Tabs, as conf and electron-store wrote it: the file stays the same for a user who reads it.
      this.write(this.file, JSON.stringify(this.data, undefined, '\t'));
    } catch (error) {
      if (had) this.data[key] = before;
      else delete this.data[key];
      throw error;
    }
  }
}
