import type { PersonDoc } from '../../cloudfunctions/common/model';
import type { PersonMonthDoc } from '../../cloudfunctions/common/month';
import { everyCollectionTyped, type DocOf } from '../../cloudfunctions/common/store/doc-map';
import { getMany, type DocDriver } from '../../cloudfunctions/common/store/driver';
import { SqliteDriver } from '../../cloudfunctions/common/store/sqlite';

describe('typed documents (one map of collection → document type)', () => {
  test('the driver reads and writes documents of the collection’s type, with no cast at the call', async () => {
    const store: DocDriver = new SqliteDriver(':memory:');
    const person: PersonDoc = { _id: 'p1', countyId: 'c1', code: 'P1', name: '罗红梅', phone: null, openid: null, villageId: 'v1', unitId: null, stationedFrom: null, stationedUntil: null };
    await store.insert('people', person);
    const read: PersonDoc | null = await store.get('people', 'p1');
    expect(read?.name).toBe('罗红梅');
    const months: PersonMonthDoc[] = await store.find('person_months', { personId: 'p1' });
    expect(months).toEqual([]);
    const viaTx = await store.transaction(async (tx) => (await tx.get('people', 'p1'))?.villageId);
    expect(viaTx).toBe('v1');
    const many: PersonDoc[] = await getMany(store, 'people', ['p1', 'missing']);
    expect(many.map((p) => p.code)).toEqual(['P1']);
    const job: DocOf<'jobs'> | null = await store.get('jobs', 'none');
    expect(job).toBeNull();
  });

  test('every collection has its document type', () => {
    // A collection added without an entry in DocMap makes this a type error (and not `true`).
    expect(everyCollectionTyped).toBe(true);
  });

  test('a document of the wrong shape or an unknown collection does not compile (checked by the typecheck step)', async () => {
    const store: DocDriver = new SqliteDriver(':memory:');
    // Each line is a type error; if one stops being one, `tsc` fails on the unused directive.
    const wrongShape = () =>
      // @ts-expect-error a leave is not a person
      store.insert('people', { _id: 'x', status: 'pending' });
    const unknownCollection = () =>
      // @ts-expect-error no such collection
      store.get('peoples', 'x');
    // (The driver's error comes from the native module's realm, so it is compared by its text.)
    const refused = await unknownCollection().then(
      () => 'read',
      (e: unknown) => String(e),
    );
    expect(refused).toMatch(/no such table|bad collection/);
    expect(typeof wrongShape).toBe('function');
  });
});
