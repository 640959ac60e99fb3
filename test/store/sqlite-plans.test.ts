import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { raw, type Filter } from '../../cloudfunctions/common/store/driver';
import type { Collection } from '../../cloudfunctions/common/store/collections';
import { SqliteDriver } from '../../cloudfunctions/common/store/sqlite';

/** The SQL a call prepares (statements are compiled once and kept, so each shape shows up once). */
function prepared(d: SqliteDriver): string[] {
  const seen: string[] = [];
  const prepare = d.db.prepare.bind(d.db);
  d.db.prepare = ((sql: string) => (seen.push(sql), prepare(sql))) as typeof d.db.prepare;
  return seen;
}

const plan = (d: SqliteDriver, sql: string, params: unknown[]) =>
  (d.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | ');

describe('SqliteDriver statements and plans', () => {
  test('a statement is compiled once and run again with other values', async () => {
    const d = new SqliteDriver(':memory:');
    const seen = prepared(d);
    for (const personId of ['a', 'b', 'c']) {
      await raw(d).insert('clockins', { _id: `${personId}:1`, personId, at: '2026-11-20T02:00:00.000Z' });
      await d.find('clockins', { personId }, { limit: 5 });
      await d.get('clockins', `${personId}:1`);
    }
    expect(seen).toHaveLength(3);
    expect(await d.find('clockins', { personId: 'b' })).toEqual([{ _id: 'b:1', personId: 'b', at: '2026-11-20T02:00:00.000Z' }]);
    d.close();
  });

  test('a cadre’s newest clock-ins in a time range walk the (personId, at) index: no scan, no sort', async () => {
    const d = new SqliteDriver(':memory:');
    const seen = prepared(d);
    await d.find('clockins', { personId: 'p', at: { $gte: '2026-10-01', $lt: '2026-12-01' } }, { orderBy: [{ field: 'at', dir: 'desc' }], limit: 200 });
    const [sql] = seen;
    const values = ['p', '2026-10-01', '2026-12-01', 200, 0].slice(0, (sql.match(/\?/g) ?? []).length);
    const detail = plan(d, sql, values);
    expect(detail).toMatch(/USING INDEX ix_clockins_personId_at_desc/);
    expect(detail).not.toMatch(/TEMP B-TREE/);
    d.close();
  });

  /** The plan of one find, as the driver prepares it. */
  async function planOf(d: SqliteDriver, coll: Collection, filter: Filter): Promise<string> {
    const seen = prepared(d);
    await d.find(coll, filter);
    const sql = seen.find((s) => s.startsWith('SELECT doc'))!;
    const values: unknown[] = [];
    for (const cond of Object.values(filter)) if (cond !== null) values.push(...(typeof cond === 'object' && cond && '$in' in cond ? cond.$in : [cond]));
    return plan(d, sql, values);
  }
  const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

  test.each([
    ['a county’s people in 250 villages', 'people', { countyId: 'c', villageId: { $in: ids('v', 250) } }, 'ix_people_villageId'],
    ['a campaign’s answers in 100 villages', 'survey_answers', { campaignId: 'k', villageId: { $in: ids('v', 100) } }, 'ix_survey_answers_villageId'],
    ['a county’s villages in 40 townships', 'villages', { countyId: 'c', townshipId: { $in: ids('t', 40) } }, 'ix_villages_townshipId'],
    ['a person’s approved leaves', 'leaves', { personId: 'p', status: 'approved' }, 'ix_leaves_personId'],
    ['a person’s unread messages', 'messages', { personId: 'p', readAt: null }, 'ix_messages_personId'],
    ['a county’s person by openid', 'people', { countyId: 'c', openid: 'o' }, 'ix_people_openid'],
  ] as [string, Collection, Filter, string][])('on a fresh empty file, %s (plain equalities) uses the selective index by itself', async (_label, coll, filter, index) => {
    const d = new SqliteDriver(':memory:');
    expect(await planOf(d, coll, filter)).toMatch(new RegExp(`USING INDEX ${index} `));
    d.close();
  });

  test('a file whose statistics were measured (ANALYZE) gets the fixed ones back on open; an unchanged file is not written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhucun-stats-'));
    try {
      const file = join(dir, 'store.db');
      const first = new SqliteDriver(file);
      for (let i = 0; i < 50; i++) await raw(first).insert('people', { _id: `p${i}`, countyId: 'c', villageId: `v${i % 3}` });
      first.db.exec('ANALYZE');
      expect(await planOf(first, 'people', { countyId: 'c', villageId: { $in: ids('v', 100) } })).not.toMatch(/ix_people_villageId/);
      first.close();

      const again = new SqliteDriver(file);
      expect(await planOf(again, 'people', { countyId: 'c', villageId: { $in: ids('v', 100) } })).toMatch(/USING INDEX ix_people_villageId /);
      const changes = again.db.prepare('SELECT total_changes()').pluck().get();
      again.close();
      const third = new SqliteDriver(file);
      expect(third.db.prepare('SELECT total_changes()').pluck().get()).toBe(0);
      expect(changes).toBeGreaterThan(0);
      third.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a cadre’s month of clock-ins, oldest first, goes through the (personId, at) index: clockins has no single personId index', async () => {
    const d = new SqliteDriver(':memory:');
    const seen = prepared(d);
    await d.find('clockins', { personId: 'p', month: '2026-11' }, { orderBy: [{ field: 'at', dir: 'asc' }] });
    expect(plan(d, seen[0], ['p', '2026-11'])).toMatch(/USING INDEX ix_clockins_personId_at_desc /);
    const indexes = d.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'c_clockins'").pluck().all();
    expect(indexes).not.toContain('ix_clockins_personId');
    d.close();
  });

  test('a file made before keeps working: its single indexes of clockins are dropped on open', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhucun-ix-'));
    try {
      const file = join(dir, 'store.db');
      const old = new SqliteDriver(file);
      await raw(old).insert('clockins', { _id: 'p:1', personId: 'p', month: '2026-11', at: '2026-11-20T02:00:00.000Z' });
      for (const f of ['personId', 'villageId', 'day', 'month']) old.db.exec(`CREATE INDEX ix_clockins_${f} ON c_clockins (json_extract(doc, '$.${f}'))`);
      old.db.exec('DELETE FROM schema_migrations WHERE version > 1');
      old.close();
      const again = new SqliteDriver(file);
      expect(again.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'c_clockins' AND name LIKE 'ix_%'").pluck().all()).toEqual(['ix_clockins_personId_at_desc']);
      expect(await again.find('clockins', { personId: 'p' })).toHaveLength(1);
      again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
