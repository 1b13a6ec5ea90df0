import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Db } from '../../../../../electron/core/history/db';
import { SCHEMA_VERSION, migrateSchema } from '../../../../../electron/core/history/schema';
import { useTempDir } from '../../../../support/temp-dir';

function open(file: string): Db {
  const db = new Db(file);
  db.configure();
  return db;
}

describe('history schema migration', () => {
  const dir = useTempDir('sb-schema-');

  it('creates the schema once when a second process migrated between our version read and our write', () => {
    const file = join(dir(), 'history.db');
    const mine = open(file);
    const theirs = open(file);
    const read = mine.pragma.bind(mine);
    let raced = false;
    // The other process runs its whole migration right after we read version 0.
    mine.pragma = (name: string) => {
      const value = read(name);
      if (!raced) {
        raced = true;
        migrateSchema(theirs);
      }
      return value;
    };
    expect(() => migrateSchema(mine)).not.toThrow();
    expect(Number(read('user_version'))).toBe(SCHEMA_VERSION);
    mine.close();
    theirs.close();
  });

  it('refuses a database written by a newer version without touching it', () => {
    const file = join(dir(), 'history.db');
    const db = open(file);
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION + 1}`);
    expect(() => migrateSchema(db)).toThrow(/newer|written/i);
    expect(Number(db.pragma('user_version'))).toBe(SCHEMA_VERSION + 1);
    db.close();
  });
});
