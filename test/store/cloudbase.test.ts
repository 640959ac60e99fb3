import { raw } from '../../cloudfunctions/common/store/driver';
import { CloudbaseDriver, CloudbaseError, ensureCollections, isDuplicateWrite } from '../../cloudfunctions/common/store/cloudbase';
import { COLLECTIONS } from '../../cloudfunctions/common/store/collections';
import { DuplicateError, findAll, InTransactionError, MAX_PAGE, TransactionConflict } from '../../cloudfunctions/common/store/driver';
import { cmd, FakeDb } from './fake-cloudbase';

/** The shape node-sdk throws (its TcbError: an Error with `code`). */
function tcbError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}
/** The shape wx-server-sdk throws (CloudSDKError: numeric errCode, TCB code only in errMsg). */
function wxError(errCode: number, errMsg: string): Error {
  return Object.assign(new Error(`errCode: ${errCode} | errMsg: ${errMsg}`), { errCode, errMsg });
}

let db: FakeDb;
let d: CloudbaseDriver;
beforeEach(() => {
  db = new FakeDb();
  d = new CloudbaseDriver(db);
});

describe('CloudbaseDriver: what it sends', () => {
  test('get → collection(c).doc(id).get(), first of data[]', async () => {
    db.reply.docGet = () => ({ data: [{ _id: 'a', v: 1 }], requestId: 'r' });
    expect(await raw(d).get('jobs', 'a')).toEqual({ _id: 'a', v: 1 });
    expect(db.calls).toEqual([{ via: 'db', coll: 'jobs', chain: [['doc', 'a'], ['get']] }]);
  });

  test('get of a missing doc → null', async () => {
    expect(await raw(d).get('jobs', 'zz')).toBeNull();
  });

  test('insert → add({...doc}) keeping _id, a copy', async () => {
    const doc = { _id: 'a', day: '2025-01-02', n: 1 };
    await raw(d).insert('clockins', doc);
    expect(db.calls).toEqual([{ via: 'db', coll: 'clockins', chain: [['add', { _id: 'a', day: '2025-01-02', n: 1 }]] }]);
    expect(db.calls[0].chain[0][1]).not.toBe(doc);
  });

  test('put → doc(id).set(data without _id)', async () => {
    const doc = { _id: 'a', x: { y: 1 }, z: null };
    await raw(d).put('jobs', doc);
    expect(db.calls).toEqual([{ via: 'db', coll: 'jobs', chain: [['doc', 'a'], ['set', { x: { y: 1 }, z: null }]] }]);
    expect(doc._id).toBe('a'); // not mutated
  });

  test('update → doc(id).update(patch); objects/arrays wrapped in _.set; _id and undefined dropped', async () => {
    expect(await raw(d).update('jobs', 'a', { _id: 'b', s: 'x', n: 2, b: false, nul: null, o: { k: 1 }, arr: [1, { q: 2 }], u: undefined })).toBe(true);
    expect(db.calls).toEqual([
      {
        via: 'db',
        coll: 'jobs',
        chain: [
          ['doc', 'a'],
          ['update', { s: 'x', n: 2, b: false, nul: null, o: cmd('set', { k: 1 }), arr: cmd('set', [1, { q: 2 }]) }],
        ],
      },
    ]);
  });

  test('update: updated 0 → checks existence (missing → false)', async () => {
    db.reply.update = () => ({ updated: 0, requestId: 'r' });
    expect(await raw(d).update('jobs', 'a', { s: 1 })).toBe(false);
    expect(db.calls.map((c) => c.chain)).toEqual([[['doc', 'a'], ['update', { s: 1 }]], [['doc', 'a'], ['get']]]);
  });

  test('update: updated 0 on an unchanged existing doc → true', async () => {
    db.reply.update = () => ({ updated: 0, requestId: 'r' });
    db.reply.docGet = () => ({ data: [{ _id: 'a', s: 1 }] });
    expect(await raw(d).update('jobs', 'a', { s: 1 })).toBe(true);
  });

  test('update with an empty patch only reads', async () => {
    expect(await raw(d).update('jobs', 'a', { _id: 'a' })).toBe(false);
    expect(db.calls.map((c) => c.chain)).toEqual([[['doc', 'a'], ['get']]]);
  });

  test('remove → doc(id).remove()', async () => {
    await raw(d).remove('jobs', 'a');
    expect(db.calls).toEqual([{ via: 'db', coll: 'jobs', chain: [['doc', 'a'], ['remove']] }]);
  });

  test('find with empty filter: no where; _id tie-break; limit 1000', async () => {
    db.reply.get = () => ({ data: [{ _id: 'a' }], requestId: 'r' });
    expect(await raw(d).find('jobs', {})).toEqual([{ _id: 'a' }]);
    expect(db.calls[0].chain).toEqual([['orderBy', '_id', 'asc'], ['limit', MAX_PAGE], ['get']]);
  });

  test('find maps each filter kind', async () => {
    await raw(d).find('clockins', {
      personId: 'p1',
      n: 3,
      ok: true,
      gone: null,
      villageId: { $in: ['v1', 'v2'] },
      day: { $gte: '2025-01-01', $lte: '2025-01-31' },
      at: { $gt: 5 },
      m: { $lt: '2025-02' },
      open: { $gt: 1, $lt: 9 },
    });
    expect(db.calls[0].chain[0]).toEqual([
      'where',
      {
        personId: 'p1',
        n: 3,
        ok: true,
        gone: cmd('eq', null),
        villageId: cmd('in', ['v1', 'v2']),
        day: cmd('and', cmd('gte', '2025-01-01'), cmd('lte', '2025-01-31')),
        at: cmd('gt', 5),
        m: cmd('lt', '2025-02'),
        open: cmd('and', cmd('gt', 1), cmd('lt', 9)),
      },
    ]);
  });

  test('find: orderBy fields in order, then _id; skip then limit (capped at 1000)', async () => {
    await raw(d).find(
      'clockins',
      { personId: 'p' },
      { orderBy: [{ field: 'day', dir: 'desc' }, { field: 'n', dir: 'asc' }], offset: 2000, limit: 5000 },
    );
    expect(db.calls[0].chain).toEqual([
      ['where', { personId: 'p' }],
      ['orderBy', 'day', 'desc'],
      ['orderBy', 'n', 'asc'],
      ['orderBy', '_id', 'asc'],
      ['skip', 2000],
      ['limit', 1000],
      ['get'],
    ]);
  });

  test('find: an explicit _id order is not repeated; offset 0 sends no skip', async () => {
    await raw(d).find('jobs', {}, { orderBy: [{ field: '_id', dir: 'desc' }], offset: 0, limit: 10 });
    expect(db.calls[0].chain).toEqual([['orderBy', '_id', 'desc'], ['limit', 10], ['get']]);
  });

  test('find with an empty $in, or limit 0, sends nothing', async () => {
    expect(await raw(d).find('jobs', { a: 'x', v: { $in: [] } })).toEqual([]);
    expect(await raw(d).find('jobs', {}, { limit: 0 })).toEqual([]);
    expect(await raw(d).count('jobs', { v: { $in: [] } })).toBe(0);
    expect(db.calls).toEqual([]);
  });

  test('find rejects undefined conditions, bad field names and unknown operators', async () => {
    await expect(raw(d).find('jobs', { a: undefined as never })).rejects.toThrow(/undefined/);
    await expect(raw(d).find('jobs', { 'a.b': 1 })).rejects.toThrow(/bad field/);
    await expect(raw(d).find('jobs', { a: { $ne: 1 } as never })).rejects.toThrow(/unsupported operator/);
    await expect(raw(d).find('jobs', {}, { orderBy: [{ field: 'x;', dir: 'asc' }] })).rejects.toThrow(/bad field/);
    expect(db.calls.every((c) => !c.chain.some((s) => s[0] === 'get'))).toBe(true);
  });

  test('count → where(mapped).count() → total; empty filter → no where', async () => {
    db.reply.count = () => ({ total: 7, requestId: 'r' });
    expect(await raw(d).count('leaves', { status: { $in: ['a', 'b'] } })).toBe(7);
    expect(await raw(d).count('leaves', {})).toBe(7);
    expect(db.calls.map((c) => c.chain)).toEqual([[['where', { status: cmd('in', ['a', 'b']) }], ['count']], [['count']]]);
  });

  test('findAll pages by offset until a short page', async () => {
    let served = 0;
    db.reply.get = () => {
      const n = Math.min(MAX_PAGE, 2300 - served);
      served += n;
      return { data: Array.from({ length: n }, (_, i) => ({ _id: String(served - n + i) })) };
    };
    expect(await findAll(d, 'jobs', {})).toHaveLength(2300);
    expect(db.calls.map((c) => c.chain.find((s) => s[0] === 'skip')?.[1] ?? 0)).toEqual([0, 1000, 2000]);
  });

  test('prefix is prepended to every collection name', async () => {
    const p = new CloudbaseDriver(db, { prefix: 't42_' });
    await raw(p).get('jobs', 'a');
    await raw(p).find('jobs', {});
    await raw(p).count('jobs', {});
    await raw(p).transaction((tx) => tx.put('jobs', { _id: 'a' }));
    expect(db.calls.map((c) => c.coll)).toEqual(['t42_jobs', 't42_jobs', 't42_jobs', 't42_jobs']);
    expect(() => new CloudbaseDriver(db, { prefix: 'bad prefix' })).toThrow(/prefix/);
  });
});

describe('CloudbaseDriver: errors', () => {
  test('duplicate insert (node-sdk code) → DuplicateError', async () => {
    db.reply.add = () => Promise.reject(tcbError('DATABASE_DUPLICATE_WRITE', 'duplicate write'));
    const e = await raw(d).insert('jobs', { _id: 'a' }).catch((x) => x);
    expect(e).toBeInstanceOf(DuplicateError);
    expect(e).toMatchObject({ coll: 'jobs', id: 'a' });
  });

  test('duplicate insert (code only in the message) → DuplicateError', async () => {
    db.reply.add = () => Promise.reject(tcbError('DATABASE_REQUEST_FAILED', '[DATABASE_DUPLICATE_WRITE] E11000 duplicate key'));
    await expect(raw(d).insert('jobs', { _id: 'a' })).rejects.toBeInstanceOf(DuplicateError);
  });

  test('duplicate insert returned, not thrown (node-sdk throwOnCode off) → DuplicateError', async () => {
    db.reply.add = () => ({ code: 'DATABASE_DUPLICATE_WRITE', message: 'dup' });
    await expect(raw(d).insert('jobs', { _id: 'a' })).rejects.toBeInstanceOf(DuplicateError);
  });

  test('duplicate insert under wx-server-sdk (errCode -502001, code in errMsg) → DuplicateError', async () => {
    const w = new CloudbaseDriver(db, { sdk: 'wx-server-sdk' });
    db.reply.add = () => Promise.reject(wxError(-502001, 'collection.add:fail -502001 [DATABASE_DUPLICATE_WRITE] ...'));
    await expect(raw(w).insert('jobs', { _id: 'a' })).rejects.toBeInstanceOf(DuplicateError);
  });

  test('wx-server-sdk generic insert failure: DuplicateError if the _id now exists, else the original', async () => {
    const w = new CloudbaseDriver(db, { sdk: 'wx-server-sdk' });
    db.reply.add = () => Promise.reject(wxError(-501001, 'collection.add:fail -501001 resource system error. write conflict'));
    db.reply.docGet = () => ({ data: { _id: 'a' } });
    await expect(raw(w).insert('jobs', { _id: 'a' })).rejects.toBeInstanceOf(DuplicateError);
    db.reply.docGet = () => Promise.reject(wxError(-1, 'document.get:fail document with _id a does not exist'));
    await expect(raw(w).insert('jobs', { _id: 'a' })).rejects.toMatchObject({ op: 'insert', code: -501001 });
  });

  test('other failures → CloudbaseError with code and original', async () => {
    const orig = tcbError('DATABASE_PERMISSION_DENIED', 'denied');
    db.reply.add = () => Promise.reject(orig);
    const e = await raw(d).insert('jobs', { _id: 'a' }).catch((x) => x);
    expect(e).toBeInstanceOf(CloudbaseError);
    expect(e).toMatchObject({ op: 'insert', code: 'DATABASE_PERMISSION_DENIED', original: orig });
    expect(e.message).toMatch(/DATABASE_PERMISSION_DENIED/);
    db.reply.get = () => ({ code: 'DATABASE_REQUEST_FAILED', message: 'boom' });
    await expect(raw(d).find('jobs', {})).rejects.toMatchObject({ op: 'find', code: 'DATABASE_REQUEST_FAILED' });
  });

  test('isDuplicateWrite', () => {
    expect(isDuplicateWrite({ code: 'DATABASE_DUPLICATE_WRITE' })).toBe(true);
    expect(isDuplicateWrite(new Error('E11000 duplicate key error collection'))).toBe(true);
    expect(isDuplicateWrite(new Error('timeout'))).toBe(false);
    expect(isDuplicateWrite(undefined)).toBe(false);
  });
});

describe('CloudbaseDriver: wx-server-sdk shapes', () => {
  let w: CloudbaseDriver;
  beforeEach(() => {
    w = new CloudbaseDriver(db, { sdk: 'wx-server-sdk' });
  });

  test('writes are wrapped in { data }', async () => {
    await raw(w).insert('jobs', { _id: 'a', n: 1 });
    await raw(w).put('jobs', { _id: 'a', n: 2 });
    await raw(w).update('jobs', 'a', { n: 3 });
    expect(db.calls.map((c) => c.chain)).toEqual([
      [['add', { data: { _id: 'a', n: 1 } }]],
      [['doc', 'a'], ['set', { data: { n: 2 } }]],
      [['doc', 'a'], ['update', { data: { n: 3 } }]],
    ]);
  });

  test('update reads stats.updated', async () => {
    db.reply.update = () => ({ stats: { updated: 1 }, errMsg: 'document.update:ok' });
    expect(await raw(w).update('jobs', 'a', { n: 3 })).toBe(true);
    expect(db.calls).toHaveLength(1);
  });

  test('get: object data, and "does not exist" thrown → null', async () => {
    db.reply.docGet = () => ({ data: { _id: 'a', n: 1 }, errMsg: 'document.get:ok' });
    expect(await raw(w).get('jobs', 'a')).toEqual({ _id: 'a', n: 1 });
    db.reply.docGet = () => Promise.reject(wxError(-1, 'document.get:fail document with _id b does not exist'));
    expect(await raw(w).get('jobs', 'b')).toBeNull();
  });

  test('auto-detects a wx-server-sdk Database by its shape', () => {
    const like = Object.assign(new FakeDb(), { _db: {}, cloud: {} });
    expect(new CloudbaseDriver(like).sdk).toBe('wx-server-sdk');
    expect(new CloudbaseDriver(new FakeDb()).sdk).toBe('node-sdk');
  });
});

describe('CloudbaseDriver: transactions', () => {
  test('by-id operations go through the transaction object; result returned', async () => {
    db.reply.docGet = (c) => (c.via === 'tx' ? { data: { _id: 'a', n: 1 } } : { data: [] });
    const out = await raw(d).transaction(async (tx) => {
      const cur = await tx.get('jobs', 'a');
      await tx.insert('jobs', { _id: 'b', n: 1 });
      await tx.put('jobs', { _id: 'c', n: 2 });
      expect(await tx.update('jobs', 'a', { n: 2 })).toBe(true);
      await tx.remove('jobs', 'd');
      return cur;
    });
    expect(out).toEqual({ _id: 'a', n: 1 });
    expect(db.transactions).toBe(1);
    expect(db.calls).toEqual([
      { via: 'tx', coll: 'jobs', chain: [['doc', 'a'], ['get']] },
      { via: 'tx', coll: 'jobs', chain: [['add', { _id: 'b', n: 1 }]] },
      { via: 'tx', coll: 'jobs', chain: [['doc', 'c'], ['set', { n: 2 }]] },
      { via: 'tx', coll: 'jobs', chain: [['doc', 'a'], ['update', { n: 2 }]] },
      { via: 'tx', coll: 'jobs', chain: [['doc', 'd'], ['remove']] },
    ]);
  });

  test('get of a missing doc in a transaction (data: null) → null', async () => {
    db.reply.docGet = () => ({ data: null });
    expect(await raw(d).transaction((tx) => tx.get('jobs', 'x'))).toBeNull();
  });

  test('calls on the driver (find, count, get …) inside a transaction throw a clear error and send nothing', async () => {
    await expect(raw(d).transaction(() => raw(d).find('jobs', {}))).rejects.toThrow(/store.find called inside a transaction/);
    await expect(raw(d).transaction(() => raw(d).count('jobs', {}))).rejects.toThrow(/store.count called inside a transaction/);
    await expect(raw(d).transaction(() => raw(d).get('jobs', 'a'))).rejects.toBeInstanceOf(InTransactionError);
    expect(db.calls).toEqual([]);
  });

  test('nested transaction joins the open one', async () => {
    await raw(d).transaction(() => raw(d).transaction((tx2) => tx2.remove('jobs', 'a')));
    expect(db.transactions).toBe(1);
    expect(db.calls[0].via).toBe('tx');
  });

  test('a write conflict re-runs fn after a pause, then gives up with TransactionConflict', async () => {
    let runs = 0;
    db.reply.runTransaction = () => {
      runs += 1;
      if (runs < 3) throw tcbError('DATABASE_TRANSACTION_CONFLICT', 'conflict');
    };
    expect(await raw(d).transaction(async () => 'ok')).toBe('ok');
    expect(runs).toBe(3);
    db.reply.runTransaction = () => {
      throw tcbError('DATABASE_TRANSACTION_CONFLICT', 'conflict');
    };
    await expect(raw(d).transaction(async () => 'never')).rejects.toBeInstanceOf(TransactionConflict);
  });

  test('errors from fn propagate unchanged; duplicate inside tx → DuplicateError', async () => {
    const boom = new Error('boom');
    await expect(raw(d).transaction(async () => Promise.reject(boom))).rejects.toBe(boom);
    db.reply.add = () => Promise.reject(tcbError('DATABASE_DUPLICATE_WRITE', 'dup'));
    await expect(raw(d).transaction((tx) => tx.insert('jobs', { _id: 'a' }))).rejects.toBeInstanceOf(DuplicateError);
  });

  test('a non-Error thrown by the SDK (e.g. a failed start) becomes a CloudbaseError', async () => {
    db.reply.runTransaction = () => Promise.reject({ code: 'DATABASE_TRANSACTION_FAIL', message: 'no' });
    await expect(raw(d).transaction(async () => 1)).rejects.toMatchObject({ op: 'transaction', code: 'DATABASE_TRANSACTION_FAIL' });
  });
});

describe('ensureCollections', () => {
  test('creates every collection with the prefix, skipping ones that exist', async () => {
    db.reply.createCollection = (c) => {
      if (c.coll === 'p_jobs') throw tcbError('DATABASE_COLLECTION_ALREADY_EXIST', 'collection already exists');
      if (c.coll === 'p_files') return { code: 'DATABASE_COLLECTION_EXIST', message: 'Collection already exists' };
      return { requestId: 'r' };
    };
    const created = await ensureCollections(db, { prefix: 'p_' });
    const all = Object.keys(COLLECTIONS).map((c) => `p_${c}`);
    expect(db.calls.map((c) => c.coll)).toEqual(all);
    expect(created).toEqual(all.filter((n) => n !== 'p_jobs' && n !== 'p_files'));
  });

  test('other errors are thrown', async () => {
    db.reply.createCollection = () => {
      throw tcbError('PERMISSION_DENIED', 'nope');
    };
    await expect(ensureCollections(db, { names: ['jobs'] })).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
  });
});
