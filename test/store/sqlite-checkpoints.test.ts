import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { raw } from '../../cloudfunctions/common/store/driver';
import { SqliteDriver } from '../../cloudfunctions/common/store/sqlite';

const dir = mkdtempSync(join(tmpdir(), 'zhucun-checkpoints-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Rows of `c_requests` in the database file alone, as a copy without its write-ahead log reads it
 * (0 before the table is there; -1 for a copy taken in the middle of a checkpoint's writes).
 */
function rowsInFile(file: string): number {
  const copy = join(dir, `copy-${Math.random().toString(36).slice(2)}.db`);
  copyFileSync(file, copy);
  try {
    const db = new Database(copy, { readonly: true });
    try {
      const made = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'c_requests'").get();
      return made ? (db.prepare('SELECT COUNT(*) AS n FROM c_requests').get() as { n: number }).n : 0;
    } finally {
      db.close();
    }
  } catch {
    return -1;
  }
}

describe('SqliteDriver checkpoints on a file that keeps writing', () => {
  test('the log is copied into the database file by a thread of its own; nothing written is lost', async () => {
    const file = join(dir, 'store.db');
    const d = new SqliteDriver(file);
    // Small documents in a collection without indexes: a few hundred log pages, far below
    // SQLite's own checkpoint (1,000 pages), so only the checkpointing thread copies them.
    for (let i = 0; i < 300; i++) await raw(d).put('requests', { _id: `r${i}`, at: '2026-11-20T02:00:00.000Z' });
    let inFile = rowsInFile(file);
    for (let wait = 0; wait < 250 && inFile < 300; wait++) {
      await new Promise((r) => setTimeout(r, 20));
      inFile = rowsInFile(file);
    }
    expect(inFile).toBe(300);
    expect(await d.count('requests', {})).toBe(300);
    d.close();
    const again = new SqliteDriver(file);
    expect(await again.count('requests', {})).toBe(300);
    again.close();
  });
});
