/**
 * The production CloudBase driver over the CloudBase emulator (dev/cloudbase-emulator): the
 * DocDriver contract, then what the emulator itself promises (its guesses at CloudBase are listed
 * in its header; cloudbase.live.test.ts checks them against a real environment).
 */
import { raw } from '../../cloudfunctions/common/store/driver';
import { CloudbaseDriver, ensureCollections } from '../../cloudfunctions/common/store/cloudbase';
import { COLLECTIONS } from '../../cloudfunctions/common/store/collections';
import { CloudbaseEmulator } from '../../dev/cloudbase-emulator';
import { describeDriverContract } from './contract';
import { describeEmulatorGuesses } from './emulator-guesses';

async function fresh() {
  const db = new CloudbaseEmulator();
  await ensureCollections(db, { names: ['jobs', 'config'] });
  return new CloudbaseDriver(db, { sdk: 'node-sdk' });
}

describeDriverContract('cloudbase driver over the emulator', fresh, { freshPerTest: true });

describeEmulatorGuesses('emulator', async () => {
  const db = new CloudbaseEmulator();
  await ensureCollections(db, { names: ['jobs', 'config'] });
  return { db, coll: (c: string) => c };
});

describe('the emulator as the local stack and handler tests use it', () => {
  test('ensureCollections creates every product collection once', async () => {
    const db = new CloudbaseEmulator();
    const created = await ensureCollections(db);
    expect(created).toEqual(Object.keys(COLLECTIONS));
    expect(await ensureCollections(db)).toEqual([]);
    expect(db.collectionNames()).toEqual(Object.keys(COLLECTIONS).sort());
  });

  test('a conflicting transaction is retried by the driver and both writes land', async () => {
    const db = new CloudbaseEmulator();
    await ensureCollections(db, { names: ['jobs'] });
    const d = new CloudbaseDriver(db);
    await raw(d).insert('jobs', { _id: 'm', days: [] });
    const add = (day: string) =>
      raw(d).transaction(async (tx) => {
        const m = (await tx.get('jobs', 'm'))!;
        await new Promise((r) => setTimeout(r, 2));
        await tx.put('jobs', { ...m, days: [...(m.days as string[]), day].sort() });
      });
    await Promise.all([add('01'), add('02'), add('03')]);
    expect((await raw(d).get('jobs', 'm'))?.days).toEqual(['01', '02', '03']);
    expect(db.stats.conflicts).toBeGreaterThan(0);
  });
});
