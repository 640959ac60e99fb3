import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileMissing } from '../../cloudfunctions/common/services';
import { HOUSEHOLD_CHUNK } from '../../cloudfunctions/common/roster/apply';
import { localServices } from '../../dev/local-services';
import { parseRosterFileId, rosterCloudPath } from '../../types/roster';
import { seeded } from './harness';
import { readWorkbook } from '../../cloudfunctions/common/exports/sheet';

type Call = Awaited<ReturnType<typeof seeded>>['call'];

/** The downloaded template with its example rows deleted and `households` rows in 农户 (12 demo villages). */
async function householdsFile(call: Call, count: number, name = (i: number) => `户主${i}`): Promise<Buffer> {
  const r = await call('demo-admin', 'roster.template');
  if (!r.ok) throw new Error(r.error.message);
  const wb = await readWorkbook(Buffer.from(r.data.base64, 'base64'));
  wb.eachSheet((ws) => ws.spliceRows(2, 1));
  const ws = wb.getWorksheet('农户')!;
  for (let i = 0; i < count; i++) ws.addRow([`V${String((i % 12) + 1).padStart(3, '0')}`, `${(i % 9) + 1}组`, name(i), `H${i + 1}`]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

type Store = Awaited<ReturnType<typeof seeded>>['store'];

/** Calls `onPut` before every put, on the store and on each transaction's handle (on every driver). */
function spyOnPuts(store: Store, onPut: (coll: string) => void, onTransaction: () => void = () => {}) {
  const put = store.put.bind(store);
  const transaction = store.transaction.bind(store);
  const putSpy = jest.spyOn(store, 'put').mockImplementation(async (coll, doc) => {
    onPut(coll);
    return put(coll, doc);
  });
  const txSpy = jest.spyOn(store, 'transaction').mockImplementation(async (fn) => {
    onTransaction();
    return transaction((tx) =>
      fn({
        ...tx,
        get: tx.get.bind(tx),
        insert: tx.insert.bind(tx),
        update: tx.update.bind(tx),
        remove: tx.remove.bind(tx),
        put: async (coll, doc) => {
          onPut(coll);
          return tx.put(coll, doc);
        },
      }),
    ) as never;
  });
  return { mockRestore: () => (putSpy.mockRestore(), txSpy.mockRestore()) };
}

/** Counts the household documents written (through the store or a transaction) and the transactions. */
function countHouseholdPuts(store: Store) {
  const counts = { households: 0, transactions: 0 };
  spyOnPuts(
    store,
    (coll) => {
      if (coll === 'households') counts.households += 1;
    },
    () => (counts.transactions += 1),
  );
  return counts;
}

afterEach(() => jest.restoreAllMocks());

describe('roster.import from an uploaded file (fileId)', () => {
  it('imports 20,000 households in one upload, far above the old 90,000-character request cap, in chunks', async () => {
    const { call, store, upload, files } = await seeded();
    const bytes = await householdsFile(call, 20_000);
    expect(bytes.toString('base64').length).toBeGreaterThan(90_000 * 3);
    const before = await store.count('households', {});
    const writes = countHouseholdPuts(store);
    const fileId = await upload(bytes);
    const first = await call('demo-admin', 'roster.import', { fileId });
    expect(first).toMatchObject({ ok: true, data: { created: { households: 20_000, people: 0 }, updated: { households: 0 } } });
    expect(files.has(fileId)).toBe(false); // names and phone numbers are not kept once read
    expect(await store.count('households', {})).toBe(before + 20_000);
    expect(await store.get('households', 'hh_430121_V008_H20000')).toMatchObject({ name: '户主19999', group: '2组', villageId: 'vil_430121_V008' });
    expect(writes.households).toBe(20_000);
    // One transaction for the organisation, then the households HOUSEHOLD_CHUNK at a time.
    expect(writes.transactions).toBe(1 + Math.ceil(20_000 / HOUSEHOLD_CHUNK));

    // The same file again: every household is stored as it is, so none is written.
    writes.households = 0;
    const again = await call('demo-admin', 'roster.import', { fileId: await upload(bytes) });
    expect(again).toMatchObject({ ok: true, data: { created: { households: 0 }, updated: { households: 20_000 } } });
    expect(writes.households).toBe(0);
    expect(await store.count('households', {})).toBe(before + 20_000);
  }, 180_000);

  it('writes only the households that changed, and the audit entry holds the counts', async () => {
    const { call, store, upload } = await seeded();
    const seededAudits = (await store.find('audit', { entity: 'roster', action: 'import' })).length;
    await call('demo-admin', 'roster.import', { fileId: await upload(await householdsFile(call, 300)) });
    const writes = countHouseholdPuts(store);
    const renamed = await householdsFile(call, 301, (i) => (i === 7 ? '钱秀英' : `户主${i}`));
    const r = await call('demo-admin', 'roster.import', { fileId: await upload(renamed) });
    expect(r).toMatchObject({ ok: true, data: { created: { households: 1 }, updated: { households: 300 } } });
    expect(writes.households).toBe(2); // H8 renamed, H301 new
    expect(await store.get('households', 'hh_430121_V008_H8')).toMatchObject({ name: '钱秀英' });
    const audits = await store.find('audit', { entity: 'roster', action: 'import' });
    expect(audits).toHaveLength(seededAudits + 2);
    expect(audits.map((a) => (a.after as { created: { households: number } }).created.households)).toEqual(expect.arrayContaining([1, 300]));
  }, 60_000);

  it('a retry after a crash half-way through the households writes the rest, and nothing twice', async () => {
    const { call, store, upload } = await seeded();
    const bytes = await householdsFile(call, 1000);
    let written = 0;
    const crash = spyOnPuts(store, (coll) => {
      if (coll === 'households' && ++written > 450) throw new Error('function timed out');
    });
    const before = await store.count('households', {});
    expect(await call('demo-admin', 'roster.import', { fileId: await upload(bytes) })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    // Two whole chunks made it (the third rolled back with its transaction); the organisation is written.
    expect(await store.count('households', {})).toBe(before + 2 * HOUSEHOLD_CHUNK);
    crash.mockRestore();
    const writes = countHouseholdPuts(store);
    const retry = await call('demo-admin', 'roster.import', { fileId: await upload(bytes) });
    expect(retry).toMatchObject({ ok: true, data: { created: { households: 1000 - 2 * HOUSEHOLD_CHUNK }, updated: { households: 2 * HOUSEHOLD_CHUNK } } });
    expect(writes.households).toBe(1000 - 2 * HOUSEHOLD_CHUNK);
    expect(await store.count('households', {})).toBe(before + 1000);
  }, 60_000);

  it('answers a clear Chinese error for a missing file, a bad or escaping fileId, and the old base64 input', async () => {
    const { call, store } = await seeded();
    const before = await store.count('households', {});
    expect(await call('demo-admin', 'roster.import', { fileId: 'local:uploads/gone.xlsx' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: '上传的文件找不到了，请重新选择文件上传。' },
    });
    for (const fileId of ['local:../x', 'local:uploads/../../zhucun.sqlite', 'local:/etc/passwd', 'local:uploads/a.xlsx/../../b.xlsx', 'local:survey/x.png', 'cloud://env-1/roster/cty_430121/../cty_1/a.xlsx']) {
      expect(await call('demo-admin', 'roster.import', { fileId })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '文件标识不对，请重新选择文件上传。' } });
    }
    expect(await call('demo-admin', 'roster.import', { fileId: 'https://example.com/a.xlsx' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('文件标识不对') } });
    expect(await call('demo-admin', 'roster.import', { fileId: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('请先选择名册文件上传') } });
    expect(await call('demo-admin', 'roster.import', { base64: 'UEsDBAo=' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await store.count('households', {})).toBe(before);
  });

  it('refuses a file above 20 MB', async () => {
    const { call, files } = await seeded();
    files.set('local:uploads/big.xlsx', Buffer.alloc(20 * 1024 * 1024 + 1));
    expect(await call('demo-admin', 'roster.import', { fileId: 'local:uploads/big.xlsx' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('文件太大（超过20MB）') },
    });
  });

  it('reads a cloud file from the county’s own folder only', async () => {
    const { call, files } = await seeded();
    const bytes = await householdsFile(call, 3);
    const own = `cloud://prod-1a2b.7072-prod-1a2b-1300000000/${rosterCloudPath('cty_430121')}`;
    files.set(own, bytes);
    expect(await call('demo-admin', 'roster.import', { fileId: own })).toMatchObject({ ok: true, data: { created: { households: 3 } } });
    const other = `cloud://prod-1a2b.7072-prod-1a2b-1300000000/${rosterCloudPath('cty_430122')}`;
    files.set(other, bytes);
    expect(await call('demo-admin', 'roster.import', { fileId: other })).toMatchObject({ ok: false, error: { code: 'OUT_OF_SCOPE', message: expect.stringContaining('不是本县') } });
  });

  it('only the county admin may import', async () => {
    const { call, upload, store } = await seeded();
    const fileId = await upload(await householdsFile(call, 3));
    const before = await store.count('households', {});
    for (const who of ['demo-supervisor', 'demo-fs', 'demo-member']) {
      expect(await call(who, 'roster.import', { fileId })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await call('someone-unbound', 'roster.import', { fileId })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await store.count('households', {})).toBe(before);
  });
});

describe('roster fileIds and the local file store', () => {
  it('parses the two shapes the clients upload to', () => {
    expect(rosterCloudPath('cty_430121', 1700000000000, 'ab12cd')).toBe('roster/cty_430121/1700000000000-ab12cd.xlsx');
    expect(parseRosterFileId('cloud://env-1.bucket/roster/cty_430121/1700000000000-ab12cd.xlsx')).toEqual({ kind: 'cloud', countyId: 'cty_430121' });
    expect(parseRosterFileId('local:uploads/0f3a9c.xlsx')).toEqual({ kind: 'local', countyId: null });
    for (const bad of ['cloud://env-1/other/cty_430121/a.xlsx', 'cloud://env-1/roster/cty_430121/a.xls', 'local:uploads/a.png', 'local:uploads/sub/a.xlsx', 'local:uploads/.xlsx']) {
      expect(parseRosterFileId(bad)).toBeNull();
    }
  });

  it('reads only under the data folder’s files/, and answers FileMissing otherwise', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'zhucun-files-'));
    writeFileSync(join(dataDir, 'zhucun.sqlite'), 'secret');
    mkdirSync(join(dataDir, 'files'));
    const files = localServices(dataDir, 'http://127.0.0.1', {} as never).files;
    const fileId = await files.put('uploads/abc.xlsx', Buffer.from('PK'), 'application/octet-stream');
    expect(fileId).toBe('local:uploads/abc.xlsx');
    expect((await files.read(fileId)).toString()).toBe('PK');
    await files.remove(fileId);
    await expect(files.read(fileId)).rejects.toBeInstanceOf(FileMissing);
    await files.remove(fileId); // already gone: fine
    await expect(files.remove('local:../zhucun.sqlite')).rejects.toBeInstanceOf(FileMissing);
    for (const id of ['local:../zhucun.sqlite', 'local:uploads/../../zhucun.sqlite', `local:${join(dataDir, 'zhucun.sqlite')}`, 'local:', 'cloud://env/x', 'local:uploads/none.xlsx', 'local:uploads']) {
      await expect(files.read(id)).rejects.toBeInstanceOf(FileMissing);
    }
  });
});
