/**
 * The driver over the REAL SDK database objects (@cloudbase/node-sdk and wx-server-sdk), with
 * only the HTTP requester replaced: asserts the wire requests (action + params) the SDKs build
 * from what the driver calls, and that the driver reads the SDKs' real result shapes.
 */
import { raw } from '../../cloudfunctions/common/store/driver';
import tcb from '@cloudbase/node-sdk';
import { Db } from '@cloudbase/database';
import cloud from 'wx-server-sdk';
import { CloudbaseDriver, type CbDatabase } from '../../cloudfunctions/common/store/cloudbase';
import { DuplicateError } from '../../cloudfunctions/common/store/driver';

type Sent = { action: string; params: Record<string, unknown> };
let sent: Sent[];
let replies: Record<string, (p: Record<string, unknown>) => unknown>;
const realReqClass = (Db as unknown as { reqClass: unknown }).reqClass;

class StubRequester {
  async send(action: string, params: Record<string, unknown> = {}) {
    sent.push({ action, params });
    const r = replies[action];
    if (r) return r(params);
    switch (action) {
      case 'database.getDocument':
        return { data: { list: [] }, requestId: 'r' };
      case 'database.calculateDocument':
        return { data: { total: 0 }, requestId: 'r' };
      case 'database.modifyDocument':
        return { data: { updated: 1 }, requestId: 'r' };
      case 'database.insertDocument':
        return { data: { insertedIds: ['x'] }, requestId: 'r' };
      case 'database.removeDocument':
        return { data: { deleted: 1 }, requestId: 'r' };
      case 'database.startTransaction':
        return { transactionId: 'T1', requestId: 'r' };
      default:
        return { requestId: 'r' };
    }
  }
}

/** The SDK sends queries/data as EJSON strings: parse them back for readable assertions. */
function parsed(p: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) {
    if (v === undefined || k === 'action' || k === 'instance' || k === 'database') continue;
    out[k] = typeof v === 'string' && /^[[{]/.test(v) ? JSON.parse(v) : Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? JSON.parse(x) : x)) : v;
  }
  return out;
}
const wire = (): Record<string, unknown>[] => sent.map((s) => ({ action: s.action, ...parsed(s.params) }));

function nodeDb(): CbDatabase {
  const db = tcb.init({ env: 'test-env', secretId: 'id', secretKey: 'key' }).database();
  (Db as unknown as { reqClass: unknown }).reqClass = StubRequester; // database() resets it
  return db as unknown as CbDatabase;
}
function wxDb(): CbDatabase {
  cloud.init({ env: 'test-env' });
  const db = cloud.database();
  (Db as unknown as { reqClass: unknown }).reqClass = StubRequester;
  return db as unknown as CbDatabase;
}

beforeEach(() => {
  sent = [];
  replies = {};
});
afterAll(() => {
  (Db as unknown as { reqClass: unknown }).reqClass = realReqClass;
});

describe('over @cloudbase/node-sdk', () => {
  test('find: query, order, offset, limit on the wire', async () => {
    const d = new CloudbaseDriver(nodeDb());
    replies['database.getDocument'] = () => ({ data: { list: ['{"_id":"a","day":"2025-01-02"}'] }, requestId: 'r' });
    const docs = await raw(d).find(
      'clockins',
      { personId: 'p', ok: true, gone: null, villageId: { $in: ['v1'] }, day: { $gte: '2025-01-01', $lte: '2025-01-31' } },
      { orderBy: [{ field: 'day', dir: 'desc' }], offset: 5, limit: 10 },
    );
    expect(docs).toEqual([{ _id: 'a', day: '2025-01-02' }]);
    expect(wire()).toEqual([
      {
        action: 'database.getDocument',
        collectionName: 'clockins',
        queryType: 'WHERE',
        query: {
          personId: 'p',
          ok: true,
          gone: { $eq: null },
          villageId: { $in: ['v1'] },
          $and: [{ day: { $gte: '2025-01-01' } }, { day: { $lte: '2025-01-31' } }],
        },
        order: { day: { $numberInt: '-1' }, _id: { $numberInt: '1' } },
        offset: 5,
        limit: 10,
      },
    ]);
  });

  test('count, get, insert, put, update (shallow), remove', async () => {
    const d = new CloudbaseDriver(nodeDb(), { prefix: 't_' });
    replies['database.calculateDocument'] = () => ({ data: { total: 4 }, requestId: 'r' });
    expect(await raw(d).count('jobs', { s: 'x' })).toBe(4);
    replies['database.getDocument'] = () => ({ data: { list: ['{"_id":"a","n":1}'] }, requestId: 'r' });
    expect(await raw(d).get('jobs', 'a')).toEqual({ _id: 'a', n: 1 });
    await raw(d).insert('jobs', { _id: 'a', n: 1 });
    await raw(d).put('jobs', { _id: 'a', n: 2, o: { k: 1 } });
    expect(await raw(d).update('jobs', 'a', { n: 3, o: { j: 2 }, e: {} })).toBe(true);
    await raw(d).remove('jobs', 'a');
    expect(wire()).toEqual([
      { action: 'database.calculateDocument', collectionName: 't_jobs', queryType: 'WHERE', query: { s: 'x' } },
      { action: 'database.getDocument', collectionName: 't_jobs', query: { _id: 'a' }, queryType: 'DOC', multi: false },
      { action: 'database.insertDocument', collectionName: 't_jobs', data: [{ _id: 'a', n: { $numberInt: '1' } }] },
      {
        action: 'database.modifyDocument',
        collectionName: 't_jobs',
        queryType: 'DOC',
        data: { n: { $numberInt: '2' }, o: { k: { $numberInt: '1' } } },
        multi: false,
        merge: false,
        upsert: true,
        query: { _id: 'a' },
      },
      {
        action: 'database.modifyDocument',
        collectionName: 't_jobs',
        // whole-object replacement of o and e: not o.j (a deep merge), and e not dropped
        data: { $set: { n: { $numberInt: '3' }, o: { j: { $numberInt: '2' } }, e: {} } },
        query: { _id: 'a' },
        queryType: 'DOC',
        multi: false,
        merge: true,
        upsert: false,
      },
      { action: 'database.removeDocument', collectionName: 't_jobs', query: { _id: 'a' }, queryType: 'DOC', multi: false },
    ]);
  });

  test('duplicate: thrown TcbError code → DuplicateError', async () => {
    const d = new CloudbaseDriver(nodeDb());
    replies['database.insertDocument'] = () => ({ code: 'DATABASE_DUPLICATE_WRITE', message: 'duplicate' });
    await expect(raw(d).insert('jobs', { _id: 'a' })).rejects.toBeInstanceOf(DuplicateError);
  });

  test('transaction: ops carry the transaction id, then commit; a throw aborts', async () => {
    const d = new CloudbaseDriver(nodeDb());
    replies['database.getDocument'] = () => ({ data: { list: ['{"_id":"a","n":1}'] }, requestId: 'r' });
    const got = await raw(d).transaction(async (tx) => {
      const a = await tx.get('jobs', 'a');
      await tx.update('jobs', 'a', { n: 2 });
      await tx.insert('jobs', { _id: 'b' });
      return a;
    });
    expect(got).toEqual({ _id: 'a', n: 1 });
    expect(sent.map((s) => [s.action, s.params.transactionId])).toEqual([
      ['database.startTransaction', undefined],
      ['database.getDocument', 'T1'],
      ['database.modifyDocument', 'T1'],
      ['database.insertDocument', 'T1'],
      ['database.commitTransaction', 'T1'],
    ]);
    sent = [];
    const boom = new Error('boom');
    await expect(raw(d).transaction(async (tx) => (await tx.put('jobs', { _id: 'c' }), Promise.reject(boom)))).rejects.toBe(boom);
    expect(sent.map((s) => s.action)).toEqual(['database.startTransaction', 'database.modifyDocument', 'database.abortTransaction']);
  });

  test('get of a missing doc inside a transaction → null', async () => {
    const d = new CloudbaseDriver(nodeDb());
    expect(await raw(d).transaction((tx) => tx.get('jobs', 'zz'))).toBeNull();
  });
});

describe('over wx-server-sdk', () => {
  test('is detected, and its { data } wrappers and result shapes are handled', async () => {
    const d = new CloudbaseDriver(wxDb());
    expect(d.sdk).toBe('wx-server-sdk');
    expect(await raw(d).get('jobs', 'a')).toBeNull(); // wx throws "does not exist"
    replies['database.getDocument'] = () => ({ data: { list: ['{"_id":"a","n":1}'] }, requestId: 'r' });
    expect(await raw(d).get('jobs', 'a')).toEqual({ _id: 'a', n: 1 });
    await raw(d).insert('jobs', { _id: 'b', n: 1 });
    await raw(d).put('jobs', { _id: 'b', n: 2 });
    expect(await raw(d).update('jobs', 'b', { n: 3, o: { k: 1 } })).toBe(true);
    await raw(d).remove('jobs', 'b');
    replies['database.calculateDocument'] = () => ({ data: { total: 2 }, requestId: 'r' });
    expect(await raw(d).count('jobs', {})).toBe(2);
    expect(await raw(d).find('jobs', { n: { $gt: 1 } })).toEqual([{ _id: 'a', n: 1 }]);
    expect(wire().map((w) => [w.action, w.data ?? w.query])).toEqual([
      ['database.getDocument', { _id: 'a' }],
      ['database.getDocument', { _id: 'a' }],
      ['database.insertDocument', [{ _id: 'b', n: { $numberInt: '1' } }]],
      ['database.modifyDocument', { n: { $numberInt: '2' } }],
      ['database.modifyDocument', { $set: { n: { $numberInt: '3' }, o: { k: { $numberInt: '1' } } } }],
      ['database.removeDocument', { _id: 'b' }],
      ['database.calculateDocument', undefined],
      ['database.getDocument', { n: { $gt: { $numberInt: '1' } } }],
    ]);
  });

  test('duplicate insert (the TCB code survives only in errMsg) → DuplicateError', async () => {
    const d = new CloudbaseDriver(wxDb());
    replies['database.insertDocument'] = () => ({ code: 'DATABASE_DUPLICATE_WRITE', message: 'E11000 duplicate key error' });
    await expect(raw(d).insert('jobs', { _id: 'a' })).rejects.toBeInstanceOf(DuplicateError);
  });

  test('transaction: get/update through the wx transaction wrapper', async () => {
    const d = new CloudbaseDriver(wxDb());
    replies['database.getDocument'] = () => ({ data: { list: ['{"_id":"a","n":1}'] }, requestId: 'r' });
    expect(await raw(d).transaction(async (tx) => (await tx.update('jobs', 'a', { n: 2 }), tx.get('jobs', 'a')))).toEqual({ _id: 'a', n: 1 });
    expect(sent.map((s) => [s.action, s.params.transactionId])).toEqual([
      ['database.startTransaction', undefined],
      ['database.modifyDocument', 'T1'],
      ['database.getDocument', 'T1'],
      ['database.commitTransaction', 'T1'],
    ]);
  });
});
