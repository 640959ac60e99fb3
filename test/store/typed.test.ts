import type { PersonDoc } from '../../cloudfunctions/common/model';
import type { PersonMonthDoc } from '../../cloudfunctions/common/month';
import { SqliteDriver } from '../../cloudfunctions/common/store/sqlite';
import { typed, type DocOf } from '../../cloudfunctions/common/store/typed';

describe('typed documents (one map of collection → document type)', () => {
  test('the typed view reads and writes documents of the collection’s type, with no cast at the call', async () => {
    const store = typed(new SqliteDriver(':memory:'));
    const person: PersonDoc = { _id: 'p1', countyId: 'c1', code: 'P1', name: '罗红梅', phone: null, openid: null, villageId: 'v1', unitId: null } as PersonDoc;
    await store.insert('people', person);
    const read: PersonDoc | null = await store.get('people', 'p1');
    expect(read?.name).toBe('罗红梅');
    const months: PersonMonthDoc[] = await store.find('person_months', { personId: 'p1' });
    expect(months).toEqual([]);
    const viaTx = await store.transaction(async (tx) => (await tx.get('people', 'p1'))?.villageId);
    expect(viaTx).toBe('v1');
    // A collection without an entry reads as a plain document.
    const job: DocOf<'jobs'> | null = await store.get('jobs', 'none');
    expect(job).toBeNull();
  });
});
