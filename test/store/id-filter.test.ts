import { raw, type RawDocDriver } from '../../cloudfunctions/common/store/driver';
import { CloudbaseDriver, ensureCollections } from '../../cloudfunctions/common/store/cloudbase';
import { SqliteDriver } from '../../cloudfunctions/common/store/sqlite';
import { CloudbaseEmulator } from '../../dev/cloudbase-emulator';

/**
 * Queries by `_id` (one id or a list, alone or with other conditions, in any order): what the
 * views read by key (a page's snapshots, the rollups of a village's cadres, the phones of a page
 * of people) answers the same on SQLite as on CloudBase.
 */
const drivers: [string, () => Promise<RawDocDriver>][] = [
  ['sqlite', async () => raw(new SqliteDriver(':memory:'))],
  [
    'cloudbase emulator',
    async () => {
      const db = new CloudbaseEmulator();
      await ensureCollections(db);
      return raw(new CloudbaseDriver(db, { sdk: 'node-sdk' }));
    },
  ],
];

describe.each(drivers)('filters on _id (%s)', (_name, make) => {
  let d: RawDocDriver;
  const ids = (docs: { _id: string }[]) => docs.map((x) => x._id);

  beforeEach(async () => {
    d = await make();
    for (const [i, id] of ['a1', 'a2', 'a3', 'b1', 'b2'].entries()) await d.put('jobs', { _id: id, countyId: id[0], n: i });
  });

  it('a list of ids with other conditions, ordered by id, a page at a time', async () => {
    expect(ids(await d.find('jobs', { _id: { $in: ['b2', 'a1', 'a3', 'zz'] } }))).toEqual(['a1', 'a3', 'b2']);
    expect(ids(await d.find('jobs', { countyId: 'a', _id: { $in: ['b2', 'a1', 'a3'] } }))).toEqual(['a1', 'a3']);
    expect(ids(await d.find('jobs', { _id: { $in: ['b2', 'a1', 'a3'] }, n: { $gte: 1 } }))).toEqual(['a3', 'b2']);
    expect(ids(await d.find('jobs', { _id: { $in: ['b2', 'a1', 'a3'] } }, { limit: 1, offset: 1 }))).toEqual(['a3']);
    expect(ids(await d.find('jobs', { _id: { $in: ['b2', 'a1', 'a3'] } }, { orderBy: [{ field: 'n', dir: 'desc' }] }))).toEqual(['b2', 'a3', 'a1']);
    expect(await d.count('jobs', { countyId: 'b', _id: { $in: ['b2', 'a1', 'b1'] } })).toBe(2);
  });

  it('one id, and ids that are not strings', async () => {
    expect(ids(await d.find('jobs', { _id: 'a2' }))).toEqual(['a2']);
    expect(ids(await d.find('jobs', { _id: 'a2', countyId: 'b' }))).toEqual([]);
    expect(await d.find('jobs', { _id: { $in: [1, 2] } })).toEqual([]);
    expect(ids(await d.find('jobs', { _id: { $gte: 'a2', $lt: 'b2' } }))).toEqual(['a2', 'a3', 'b1']);
    expect(ids(await d.find('jobs', {}, { orderBy: [{ field: '_id', dir: 'desc' }], limit: 2 }))).toEqual(['b2', 'b1']);
  });
});
