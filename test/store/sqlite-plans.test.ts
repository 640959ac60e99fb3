import { raw } from '../../cloudfunctions/common/store/driver';
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
});
