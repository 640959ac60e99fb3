import { raw } from '../../cloudfunctions/common/store/driver';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InTransactionError } from '../../cloudfunctions/common/store/driver';
import { SqliteDriver } from '../../cloudfunctions/common/store/sqlite';
import { describeDriverContract } from './contract';

const open: SqliteDriver[] = [];
const track = (d: SqliteDriver) => (open.push(d), d);
const dir = mkdtempSync(join(tmpdir(), 'zhucun-store-'));
let n = 0;

afterAll(() => {
  for (const d of open) if (d.db.open) d.close();
  rmSync(dir, { recursive: true, force: true });
});

describeDriverContract('sqlite :memory:', () => track(new SqliteDriver(':memory:')), { freshPerTest: true });
describeDriverContract('sqlite file (WAL)', () => track(new SqliteDriver(join(dir, `db${n++}`, 'store.db'))), {
  freshPerTest: true,
});

describe('SqliteDriver on a file', () => {
  test('uses WAL; migrations run once across reopenings', async () => {
    const file = join(dir, 'reopen', 'store.db');
    const a = new SqliteDriver(file);
    expect(a.db.pragma('journal_mode', { simple: true })).toBe('wal');
    await raw(a).insert('jobs', { _id: 'a', v: 1 });
    a.close();
    const b = new SqliteDriver(file);
    expect(await raw(b).get('jobs', 'a')).toEqual({ _id: 'a', v: 1 });
    b.close();
    const rawDb = new Database(file, { readonly: true });
    expect(rawDb.prepare('SELECT version FROM schema_migrations ORDER BY version').all()).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }]);
    rawDb.close();
  });
});

describe('SqliteDriver transactions', () => {
  test('calls on the driver itself from inside fn throw (InTransactionError) and the transaction rolls back; a nested transaction joins', async () => {
    const d = track(new SqliteDriver(':memory:'));
    await expect(
      raw(d).transaction(async (tx) => {
        await tx.insert('jobs', { _id: 'inner' });
        await raw(d).transaction((tx2) => tx2.insert('jobs', { _id: 'nested' }));
        await raw(d).insert('jobs', { _id: 'outside' });
      }),
    ).rejects.toBeInstanceOf(InTransactionError);
    expect(await raw(d).count('jobs', {})).toBe(0);
    await expect(raw(d).transaction(() => raw(d).find('jobs', {}))).rejects.toThrow(/inside a transaction/);
  });

  test('transactions run one at a time, in call order', async () => {
    const d = track(new SqliteDriver(':memory:'));
    const log: string[] = [];
    const run = (name: string) =>
      raw(d).transaction(async (tx) => {
        log.push(`${name}:start`);
        await new Promise((r) => setTimeout(r, 2));
        await tx.insert('jobs', { _id: name });
        log.push(`${name}:end`);
      });
    await Promise.all([run('a'), run('b'), run('c')]);
    expect(log).toEqual(['a:start', 'a:end', 'b:start', 'b:end', 'c:start', 'c:end']);
  });
});
