/**
 * The DocDriver contract: the semantics every backend must share, run against each adapter
 * (SQLite in-memory and on file, the production CloudBase driver over the CloudBase emulator,
 * and CloudBase live when configured).
 *
 * Tests share collections (a live backend keeps data between tests), so each test works in
 * its own scope: ids start with a unique tag and every document carries `t: tag`, every query
 * filters on it. Only product collections are used (`jobs`, `config`), so SQLite has tables.
 */
import { DuplicateError, findAll, InTransactionError, MAX_PAGE, raw, type Doc, type DocDriver, type RawDocDriver } from '../../cloudfunctions/common/store/driver';

export interface ContractOptions {
  /** Called once after the suite with the driver and every (coll, id) the suite wrote. */
  teardown?: (d: RawDocDriver, written: { coll: string; id: string }[]) => Promise<void>;
  /** Per-test timeout (live backends are slow; the MAX_PAGE test writes 1,005 documents). */
  timeoutMs?: number;
  /** A fresh driver per test (true for in-memory backends). Default false: one for the suite. */
  freshPerTest?: boolean;
}

const A = 'jobs';
const B = 'config';

let seq = 0;
const RUN = Date.now().toString(36);

export function describeDriverContract(
  name: string,
  makeDriver: () => DocDriver | Promise<DocDriver>,
  opts: ContractOptions = {},
): void {
  describe(`DocDriver contract: ${name}`, () => {
    /** The driver under test, typed (the port) and raw (any collection, any document: the contract's own view). */
    let typed: DocDriver;
    let d: RawDocDriver;
    const written: { coll: string; id: string }[] = [];
    let t = '';
    const id = (s: string) => `${t}_${s}`;
    /** A document of this test's scope. */
    const doc = (s: string, fields: Record<string, unknown> = {}): Doc => ({ _id: id(s), t, ...fields });
    const ins = async (coll: string, x: Doc) => {
      written.push({ coll, id: x._id });
      await d.insert(coll, x);
    };
    const ids = (docs: Doc[]) => docs.map((x) => x._id.slice(t.length + 1));

    if (opts.timeoutMs) jest.setTimeout(opts.timeoutMs);

    beforeAll(async () => {
      if (!opts.freshPerTest) d = raw((typed = await makeDriver()));
    });
    beforeEach(async () => {
      if (opts.freshPerTest) d = raw((typed = await makeDriver()));
      t = `c${RUN}${(seq++).toString(36)}`;
    });
    afterAll(async () => {
      if (opts.teardown && d) await opts.teardown(d, written);
    });

    describe('by id', () => {
      test('insert then get returns the document; a missing id gives null', async () => {
        const x = doc('a', { s: 'x', n: 1.5, b: false, nul: null, o: { k: [1, 'two'] }, arr: ['p', 'q'] });
        await ins(A, x);
        expect(await d.get(A, id('a'))).toEqual(x);
        expect(await d.get(A, id('missing'))).toBeNull();
      });

      test('duplicate insert rejects with DuplicateError and leaves the first document unchanged', async () => {
        await ins(A, doc('a', { v: 1 }));
        const e = await d.insert(A, doc('a', { v: 2 })).catch((x: unknown) => x);
        expect(e).toBeInstanceOf(DuplicateError);
        expect(e).toMatchObject({ coll: A, id: id('a') });
        expect(await d.get(A, id('a'))).toEqual(doc('a', { v: 1 }));
      });

      test('put replaces the whole document, or creates it', async () => {
        await ins(A, doc('a', { v: 1, keep: 'no' }));
        await d.put(A, doc('a', { v: 2 }));
        expect(await d.get(A, id('a'))).toEqual(doc('a', { v: 2 }));
        written.push({ coll: A, id: id('new') });
        await d.put(A, doc('new', { v: 3 }));
        expect(await d.get(A, id('new'))).toEqual(doc('new', { v: 3 }));
      });

      test('update shallow-merges, returns false for a missing document', async () => {
        await ins(A, doc('a', { v: 1, w: 'w', o: { x: 1, y: 2 }, arr: [1, 2, 3] }));
        expect(await d.update(A, id('a'), { v: 2, o: { z: 3 }, arr: [9], added: true, cleared: null })).toBe(true);
        expect(await d.get(A, id('a'))).toEqual(doc('a', { v: 2, w: 'w', o: { z: 3 }, arr: [9], added: true, cleared: null }));
        expect(await d.update(A, id('missing'), { v: 1 })).toBe(false);
        expect(await d.get(A, id('missing'))).toBeNull();
      });

      test('update with unchanged values still returns true; undefined values and _id are ignored', async () => {
        await ins(A, doc('a', { v: 1, w: 'w' }));
        expect(await d.update(A, id('a'), { v: 1 })).toBe(true);
        expect(await d.update(A, id('a'), { w: undefined, _id: 'other', v: 2 })).toBe(true);
        expect(await d.get(A, id('a'))).toEqual(doc('a', { v: 2, w: 'w' }));
        expect(await d.get(A, 'other')).toBeNull();
      });

      test('remove deletes; removing a missing document is a no-op', async () => {
        await ins(A, doc('a'));
        await d.remove(A, id('a'));
        expect(await d.get(A, id('a'))).toBeNull();
        await expect(d.remove(A, id('a'))).resolves.toBeUndefined();
      });

      test('collections are separate namespaces', async () => {
        await ins(A, doc('a', { in: 'A' }));
        await ins(B, doc('a', { in: 'B' }));
        expect((await d.get(A, id('a')))?.in).toBe('A');
        expect((await d.get(B, id('a')))?.in).toBe('B');
      });
    });

    describe('find and count', () => {
      /** Five clock-ins over a month boundary, with mixed field types. */
      const seed = async () => {
        const rows: [string, Record<string, unknown>][] = [
          ['1', { day: '2025-01-30', person: 'p1', n: 1, ok: true, note: null }],
          ['2', { day: '2025-01-31', person: 'p2', n: 2, ok: false, note: 'x' }],
          ['3', { day: '2025-02-01', person: 'p1', n: 3, ok: true }],
          ['4', { day: '2025-02-02', person: 'p3', n: 10, ok: false, note: 'y' }],
          ['5', { day: '2025-02-28', person: 'p2', n: 1, ok: 1 }],
        ];
        for (const [s, f] of rows) await ins(A, doc(s, f));
      };
      const q = async (where: Record<string, unknown>) => ids(await d.find(A, { t, ...where } as never));
      const n = (where: Record<string, unknown>) => d.count(A, { t, ...where } as never);

      test('equality on strings, numbers and booleans (true is not 1)', async () => {
        await seed();
        expect(await q({ person: 'p1' })).toEqual(['1', '3']);
        expect(await q({ n: 1 })).toEqual(['1', '5']);
        expect(await q({ ok: true })).toEqual(['1', '3']);
        expect(await q({ ok: false })).toEqual(['2', '4']);
        expect(await q({ person: 'p2', n: 1 })).toEqual(['5']);
        expect(await q({ person: 'nobody' })).toEqual([]);
        expect(await q({ n: '1' })).toEqual([]);
      });

      test('null matches null and missing fields', async () => {
        await seed();
        expect(await q({ note: null })).toEqual(['1', '3', '5']);
      });

      test('$in on strings and numbers; an empty $in matches nothing', async () => {
        await seed();
        expect(await q({ person: { $in: ['p2', 'p3'] } })).toEqual(['2', '4', '5']);
        expect(await q({ n: { $in: [2, 10] } })).toEqual(['2', '4']);
        expect(await q({ person: { $in: [] } })).toEqual([]);
        expect(await n({ person: { $in: [] } })).toBe(0);
      });

      test('ranges on day strings: two-sided, one-sided, strict', async () => {
        await seed();
        expect(await q({ day: { $gte: '2025-01-31', $lte: '2025-02-02' } })).toEqual(['2', '3', '4']);
        expect(await q({ day: { $gt: '2025-01-31', $lt: '2025-02-02' } })).toEqual(['3']);
        expect(await q({ day: { $gte: '2025-02-01' } })).toEqual(['3', '4', '5']);
        expect(await q({ day: { $lt: '2025-01-31' } })).toEqual(['1']);
        expect(await q({ day: { $gte: '2025-02-01', $lte: '2025-02-28' }, person: 'p2' })).toEqual(['5']);
        expect(await n({ day: { $gte: '2025-02-01', $lte: '2025-02-28' } })).toBe(3);
      });

      test('numeric ranges compare numbers (10 > 3), not text, and skip other types', async () => {
        await seed();
        expect(await q({ n: { $gte: 3 } })).toEqual(['3', '4']);
        expect(await q({ n: { $gt: 0, $lt: 3 } })).toEqual(['1', '2', '5']);
        expect(await q({ day: { $gte: 0 } })).toEqual([]);
        expect(await q({ n: { $lte: 'z' } })).toEqual([]);
      });

      test('orderBy: asc/desc over several fields; default order is by _id', async () => {
        await seed();
        expect(ids(await d.find(A, { t }))).toEqual(['1', '2', '3', '4', '5']);
        expect(ids(await d.find(A, { t }, { orderBy: [{ field: 'day', dir: 'desc' }] }))).toEqual(['5', '4', '3', '2', '1']);
        expect(
          ids(
            await d.find(A, { t }, { orderBy: [{ field: 'person', dir: 'asc' }, { field: 'day', dir: 'desc' }] }),
          ),
        ).toEqual(['3', '1', '5', '2', '4']);
        expect(
          ids(await d.find(A, { t }, { orderBy: [{ field: 'n', dir: 'desc' }, { field: 'person', dir: 'asc' }] })),
        ).toEqual(['4', '3', '2', '1', '5']);
      });

      test('limit and offset page through a stable order', async () => {
        await seed();
        const order = { orderBy: [{ field: 'n', dir: 'asc' as const }] }; // ties (n=1) broken by _id
        expect(ids(await d.find(A, { t }, { ...order, limit: 2 }))).toEqual(['1', '5']);
        expect(ids(await d.find(A, { t }, { ...order, limit: 2, offset: 2 }))).toEqual(['2', '3']);
        expect(ids(await d.find(A, { t }, { ...order, limit: 2, offset: 4 }))).toEqual(['4']);
        expect(ids(await d.find(A, { t }, { ...order, offset: 5 }))).toEqual([]);
        expect(await d.find(A, { t }, { limit: 0 })).toEqual([]);
      });

      test('count', async () => {
        await seed();
        expect(await n({})).toBe(5);
        expect(await n({ person: 'p1' })).toBe(2);
        expect(await n({ ok: true, day: { $gte: '2025-02-01' } })).toBe(1);
      });

      test('an undefined condition is rejected, never read as "match all"', async () => {
        await seed();
        await expect(d.find(A, { t, person: undefined } as never)).rejects.toThrow();
        await expect(d.count(A, { t, person: undefined } as never)).rejects.toThrow();
      });

      test(`reads are capped at MAX_PAGE (${MAX_PAGE}); findAll reads every page`, async () => {
        const total = MAX_PAGE + 5;
        for (let i = 0; i < total; i++) await ins(A, doc(String(i).padStart(4, '0'), { i }));
        expect(await d.find(A, { t })).toHaveLength(MAX_PAGE);
        expect(await d.find(A, { t }, { limit: 5000 })).toHaveLength(MAX_PAGE);
        const tail = await d.find(A, { t }, { offset: MAX_PAGE });
        expect(ids(tail)).toEqual(['1000', '1001', '1002', '1003', '1004']);
        const all = await findAll(typed, A, { t }, { orderBy: [{ field: 'i', dir: 'desc' }] });
        expect(all).toHaveLength(total);
        expect(all[0]._id).toBe(id(String(total - 1).padStart(4, '0'))); // the one with the largest i
        expect(new Set(all.map((x) => x._id)).size).toBe(total);
        expect(await d.count(A, { t })).toBe(total);
      });
    });

    describe('transactions', () => {
      test('commit: every write lands and fn’s value is returned', async () => {
        await ins(A, doc('upd', { v: 1 }));
        await ins(A, doc('del'));
        written.push({ coll: A, id: id('new') }, { coll: B, id: id('put') });
        const out = await d.transaction(async (tx) => {
          const cur = await tx.get(A, id('upd'));
          await tx.insert(A, doc('new', { v: 1 }));
          await tx.put(B, doc('put', { v: 2 }));
          await tx.update(A, id('upd'), { v: (cur?.v as number) + 1 });
          await tx.remove(A, id('del'));
          return 'done';
        });
        expect(out).toBe('done');
        expect(await d.get(A, id('new'))).toEqual(doc('new', { v: 1 }));
        expect(await d.get(B, id('put'))).toEqual(doc('put', { v: 2 }));
        expect(await d.get(A, id('upd'))).toEqual(doc('upd', { v: 2 }));
        expect(await d.get(A, id('del'))).toBeNull();
      });

      test('rollback: a throw inside leaves none of the writes visible and rethrows', async () => {
        await ins(A, doc('upd', { v: 1 }));
        await ins(A, doc('del'));
        const boom = new Error('boom');
        await expect(
          d.transaction(async (tx) => {
            await tx.insert(A, doc('new', { v: 1 }));
            await tx.put(B, doc('put', { v: 2 }));
            await tx.update(A, id('upd'), { v: 2 });
            await tx.remove(A, id('del'));
            throw boom;
          }),
        ).rejects.toBe(boom);
        expect(await d.get(A, id('new'))).toBeNull();
        expect(await d.get(B, id('put'))).toBeNull();
        expect(await d.get(A, id('upd'))).toEqual(doc('upd', { v: 1 }));
        expect(await d.get(A, id('del'))).toEqual(doc('del'));
      });

      test('a duplicate insert inside rejects with DuplicateError and rolls back', async () => {
        await ins(A, doc('a', { v: 1 }));
        written.push({ coll: A, id: id('b') });
        await expect(
          d.transaction(async (tx) => {
            await tx.insert(A, doc('b'));
            await tx.insert(A, doc('a', { v: 2 }));
          }),
        ).rejects.toBeInstanceOf(DuplicateError);
        expect(await d.get(A, id('b'))).toBeNull();
        expect(await d.get(A, id('a'))).toEqual(doc('a', { v: 1 }));
      });

      test('a write that fails inside a transaction ends it: nothing commits even when fn catches the error', async () => {
        await ins(A, doc('a', { v: 1 }));
        written.push({ coll: A, id: id('b') });
        const out = await d
          .transaction(async (tx) => {
            await tx.insert(A, doc('b'));
            await tx.insert(A, doc('a', { v: 2 })).catch(() => 'swallowed');
            return 'returned';
          })
          .catch((e: unknown) => e);
        expect(out).toBeInstanceOf(Error);
        expect(await d.get(A, id('b'))).toBeNull();
        expect(await d.get(A, id('a'))).toEqual(doc('a', { v: 1 }));
      });

      test('a call on the driver itself inside fn throws (InTransactionError); a nested transaction joins', async () => {
        written.push({ coll: A, id: id('n') });
        await expect(d.transaction(() => d.find(A, { t }))).rejects.toBeInstanceOf(InTransactionError);
        await expect(d.transaction(() => d.count(A, { t }))).rejects.toBeInstanceOf(InTransactionError);
        await expect(d.transaction(() => d.get(A, id('x')))).rejects.toBeInstanceOf(InTransactionError);
        await expect(d.transaction(() => d.insert(A, doc('x')))).rejects.toBeInstanceOf(InTransactionError);
        await d.transaction(() => d.transaction((tx) => tx.insert(A, doc('n'))));
        expect(await d.get(A, id('n'))).not.toBeNull();
        expect(await d.get(A, id('x'))).toBeNull();
      });

      test('concurrent read-modify-writes of one document never lose an update', async () => {
        await ins(A, doc('counter', { n: 0, seen: [] }));
        const bump = (k: number) =>
          d.transaction(async (tx) => {
            const cur = (await tx.get(A, id('counter')))!;
            await new Promise((r) => setTimeout(r, 1));
            await tx.put(A, { ...cur, n: (cur.n as number) + 1, seen: [...(cur.seen as number[]), k] });
          });
        await Promise.all(Array.from({ length: 8 }, (_, k) => bump(k)));
        const end = (await d.get(A, id('counter')))!;
        expect(end.n).toBe(8);
        expect([...(end.seen as number[])].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      });

      test('concurrent inserts of one id inside transactions: exactly one lands, the others fail', async () => {
        written.push({ coll: A, id: id('once') });
        const results = await Promise.allSettled(
          Array.from({ length: 5 }, (_, k) => d.transaction((tx) => tx.insert(A, doc('once', { k })))),
        );
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        expect(await d.count(A, { t })).toBe(1);
      });

      test('concurrent transactions are isolated: one rolling back does not undo the other', async () => {
        written.push({ coll: A, id: id('ok') }, { coll: A, id: id('bad') }, { coll: A, id: id('plain') });
        const tick = () => new Promise((r) => setTimeout(r, 5));
        // `bad` opens first and fails last: the other writes happen while it is open.
        const bad = d.transaction(async (tx) => {
          await tx.insert(A, doc('bad'));
          await tick();
          await tick();
          throw new Error('bad');
        });
        const good = d.transaction(async (tx) => {
          await tick();
          await tx.insert(A, doc('ok'));
          await tick();
        });
        const plain = (async () => {
          await tick();
          await d.insert(A, doc('plain'));
        })();
        const [g, b, p] = await Promise.allSettled([good, bad, plain]);
        expect([g.status, b.status, p.status]).toEqual(['fulfilled', 'rejected', 'fulfilled']);
        expect(await d.get(A, id('ok'))).not.toBeNull();
        expect(await d.get(A, id('plain'))).not.toBeNull();
        expect(await d.get(A, id('bad'))).toBeNull();
      });
    });
  });
}
