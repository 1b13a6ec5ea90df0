import { existsSync, readFileSync, statSync } from 'node:fs';
import { writeFileAtomic } from '../fs/atomic-write';
import { setAside } from '../fs/set-aside';
import { settingsProblem, type SettingsFile } from './sections';
import { formatVersion, SETTINGS_VERSION } from './settings-format';
import type { KeyValueStore } from './kv';

/** Result of opening the settings file: the store, and a note if an unreadable file was set aside. */
export interface OpenedStore {
  store: KeyValueStore;
  problem?: string;
}

/** How the file reaches the disk: atomically, mode 0600 (tests pass a failing one to stand for a full disk). */
export type WriteFile = (path: string, data: string) => void;

/** What openSettingsFile needs besides the path; all have defaults. */
export interface SettingsFileOptions {
  now?: () => number;
  write?: WriteFile;
  /** Told when a file another process wrote cannot be read and is set aside (after the open). */
  report?: (problem: string) => void;
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
 * Like conf, each read and change looks at the file first: two processes on one data folder (two
 * previews) see and keep each other's changes. A stat says whether it changed; it is read again
 * only then.
 */
export function openSettingsFile(file: string, options: SettingsFileOptions = {}): OpenedStore {
  const write = options.write ?? ((path, data) => writeFileAtomic(path, data, 0o600));
  const report = options.report ?? ((problem) => console.warn(problem));
  const setAsideAndSay = (error: unknown) => {
    const movedTo = setAside(file, options.now);
    const reason = error instanceof Error ? error.message : String(error);
    return `settings.json could not be read (${reason}); it was moved to ${movedTo} and fresh settings were started.`;
  };
  const store = new SettingsFileStore(file, write, (error) => report(setAsideAndSay(error)));
  try {
    store.load();
    return { store };
  } catch (error) {
    return { store, problem: setAsideAndSay(error) };
  }
}

/**
 * Settings not saved yet: in the current format, so opening them migrates nothing and writes
 * nothing (the file appears with the first change).
 */
const fresh = (): SettingsFile => ({ version: SETTINGS_VERSION });

/**
 * The file's content, or fresh settings for a file not there; throws for one that is not settings.
 * Sections are checked in the format they were written in: an older file is brought up to date by
 * its migrations when the core opens (which fix what they were written for), and a newer one is
 * refused there, as it is, rather than set aside as unreadable here.
 */
function readSettings(file: string): SettingsFile {
  if (!existsSync(file)) return fresh();
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a JSON object');
  const settings = parsed as SettingsFile;
  if (formatVersion(settings.version) === SETTINGS_VERSION) {
    const problem = settingsProblem(settings);
    if (problem) throw new Error(problem);
  }
  return settings;
}

/** What a stat says about a file: changed when this differs (a rename over it is a new inode). */
function signature(file: string): string | undefined {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat && `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
}

class SettingsFileStore implements KeyValueStore {
  private data: SettingsFile = fresh();
  /** The file as last read or written here. */
  private seen: string | undefined;

  constructor(
    private readonly file: string,
    private readonly write: WriteFile,
    private readonly unreadable: (error: unknown) => void,
  ) {}

  /** Reads the file (throws for one that is not settings). */
  load(): void {
    this.seen = signature(this.file);
    this.data = readSettings(this.file);
  }

  // Copies in and out, so a caller changing what it was given cannot change the store behind its back.
  get(key: string): unknown {
    const value = this.current()[key];
    return value === undefined ? undefined : structuredClone(value);
  }

  set(key: string, value: unknown): void {
    const problem = settingsProblem({ [key]: value });
    if (problem) throw new Error(`Settings not saved: ${problem}`);
    this.change(key, structuredClone(value));
  }

  delete(key: string): void {
    if (key in this.current()) this.change(key, undefined);
  }

  /** The settings, read again first if another process changed the file since. */
  private current(): SettingsFile {
    if (signature(this.file) === this.seen) return this.data;
    try {
      this.load();
    } catch (error) {
      // Not settings any more: kept aside for the user, never overwritten; what was read before stays.
      this.unreadable(error);
      this.seen = signature(this.file);
    }
    return this.data;
  }

  /** Applies a change and writes the file; if the write fails (a full disk), the change is undone and the error thrown. */
  private change(key: string, value: unknown): void {
    const data = this.current();
    const had = key in data;
    const before = data[key];
    if (value === undefined) delete data[key];
    else data[key] = value;
    try {
      // Tabs, as conf and electron-store wrote it: the file stays the same for a user who reads it.
      this.write(this.file, JSON.stringify(data, undefined, '\t'));
    } catch (error) {
      if (had) data[key] = before;
      else delete data[key];
      throw error;
    }
    this.seen = signature(this.file);
  }
}
