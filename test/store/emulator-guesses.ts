/**
 * What the CloudBase emulator GUESSES about the server (see the numbered list in
 * dev/cloudbase-emulator/index.ts), as tests on the raw database API. They run on the emulator in
 * `npm test`, and on a real environment in cloudbase.live.test.ts (with credentials): a guess that
 * turns out wrong fails there, and the emulator is corrected.
 *
 * Every test uses its own documents (ids tagged per run) in the `jobs` collection.
 */
import type { CbDatabase, CbTransaction } from '../../cloudfunctions/common/store/cloudbase';

export interface GuessTarget {
  db: CbDatabase;
  /** The real collection name for a port collection (a live run adds its prefix). */
  coll: (c: string) => string;
}

const code = (e: unknown) => String((e as { code?: unknown })?.code ?? (e as Error)?.message ?? e);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const RUN = `g${Date.now().toString(36)}`;
let seq = 0;

export function describeEmulatorGuesses(name: string, make: () => Promise<GuessTarget>, timeoutMs = 30_000): void {
  describe(`CloudBase guesses: ${name}`, () => {
    let g: GuessTarget;
    let id: (s: string) => string;
    const jobs = () => g.db.collection(g.coll('jobs'));
    const inTx = <T>(fn: (t: CbTransaction) => Promise<T>) => g.db.runTransaction(fn, 0);
    const read = async (x: string) => {
      const res = (await jobs().doc(x).get()) as { data: unknown };
      return Array.isArray(res.data) ? res.data[0] : res.data;
    };

    jest.setTimeout(timeoutMs);
    beforeAll(async () => {
      g = await make();
    });
    beforeEach(() => {
      const t = `${RUN}${(seq++).toString(36)}`;
      id = (s) => `${t}_${s}`;
    });
    afterAll(async () => {
      // Best effort: a live run leaves nothing behind.
      const left = (await jobs().where({ tag: RUN }).limit(1000).get().catch(() => ({ data: [] }))) as { data: { _id: string }[] };
      for (const d of left.data) await jobs().doc(d._id).remove().catch(() => undefined);
    });

    test('1. a collection that does not exist fails with DATABASE_COLLECTION_NOT_EXIST', async () => {
      const e = await g.db.collection(g.coll(`nosuch${RUN}`)).doc('x').get().catch((x: unknown) => x);
      expect(code(e)).toMatch(/COLLECTION_NOT_EXIST/);
    });

    test('2. first writer wins: a transaction writing a document another open one wrote fails with DATABASE_TRANSACTION_CONFLICT', async () => {
      await jobs().add({ _id: id('x'), tag: RUN, v: 0 });
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let wrote!: () => void;
      const written = new Promise<void>((r) => (wrote = r));
      const a = inTx(async (t) => {
        await t.collection(g.coll('jobs')).doc(id('x')).update({ v: 1 });
        wrote();
        await held;
      });
      await written;
      const b = await inTx(async (t) => {
        await t.collection(g.coll('jobs')).doc(id('x')).update({ v: 2 });
      }).catch((e: unknown) => e);
      release();
      await a;
      expect(code(b)).toMatch(/DATABASE_TRANSACTION_CONFLICT/);
      expect(await read(id('x'))).toMatchObject({ v: 1 });
    });

    test('2. a transaction writing a document committed by someone else after it began fails with a conflict; its reads see its snapshot', async () => {
      await jobs().add({ _id: id('x'), tag: RUN, v: 0 });
      const out: Record<string, unknown> = {};
      await inTx(async (t) => {
        const before = (await t.collection(g.coll('jobs')).doc(id('x')).get()) as { data: { v: number } };
        await jobs().doc(id('x')).update({ v: 5 }); // outside the transaction, committed at once
        const again = (await t.collection(g.coll('jobs')).doc(id('x')).get()) as { data: { v: number } };
        Object.assign(out, { before: before.data.v, again: again.data.v });
        out.e = code(await t.collection(g.coll('jobs')).doc(id('x')).update({ v: before.data.v + 1 }).catch((x: unknown) => x));
      }).catch(() => undefined);
      expect(out).toMatchObject({ before: 0, again: 0, e: expect.stringMatching(/DATABASE_TRANSACTION_CONFLICT/) });
      expect(await read(id('x'))).toMatchObject({ v: 5 });
    });

    test('3. a failed write (duplicate _id) inside a transaction aborts it: nothing it wrote lands', async () => {
      await jobs().add({ _id: id('a'), tag: RUN });
      const e = await inTx(async (t) => {
        await t.collection(g.coll('jobs')).add({ _id: id('b'), tag: RUN });
        await t.collection(g.coll('jobs')).add({ _id: id('a'), tag: RUN }).catch(() => undefined);
        return 'committed?';
      }).catch((x: unknown) => x);
      expect(e).not.toBe('committed?');
      expect(await read(id('b'))).toBeFalsy();
    });

    test('4. a write outside a transaction to a document it holds waits for it to end', async () => {
      await jobs().add({ _id: id('x'), tag: RUN, v: 0 });
      let outsideDone = false;
      let outside!: Promise<unknown>;
      await inTx(async (t) => {
        await t.collection(g.coll('jobs')).doc(id('x')).update({ v: 1 });
        outside = jobs()
          .doc(id('x'))
          .update({ v: 2 })
          .then((r) => ((outsideDone = true), r));
        await sleep(50);
        expect(outsideDone).toBe(false);
      });
      await outside;
      expect(await read(id('x'))).toMatchObject({ v: 2 });
    });

    test('5. queries are refused inside a transaction', async () => {
      const e = await inTx(async (t) => {
        const c = t.collection(g.coll('jobs')) as unknown as { where(c: object): { get(): Promise<unknown> } };
        await c.where({ tag: RUN }).get();
        return 'ran';
      }).catch((x: unknown) => x);
      expect(e).not.toBe('ran');
    });

    test('6. comparisons stay within one type; null matches missing; an array field matches an element; BSON sort order', async () => {
      const t6 = id('six');
      const rows = [
        { _id: id('n5'), tag: RUN, t6, f: 5, arr: ['p', 'q'] },
        { _id: id('s5'), tag: RUN, t6, f: '5', arr: ['r'] },
        { _id: id('t'), tag: RUN, t6, f: true },
        { _id: id('nul'), tag: RUN, t6, f: null },
        { _id: id('gone'), tag: RUN, t6 },
      ];
      for (const r of rows) await jobs().add(r);
      const _ = g.db.command;
      const ids = async (where: Record<string, unknown>, order?: 'asc' | 'desc') => {
        let q = jobs().where({ t6, ...where });
        if (order) q = q.orderBy('f', order).orderBy('_id', 'asc');
        const res = (await q.limit(100).get()) as { data: { _id: string }[] };
        return res.data.map((d) => d._id.slice(id('').length)).sort(order ? () => 0 : undefined);
      };
      expect(await ids({ f: 5 })).toEqual(['n5']);
      expect(await ids({ f: _.gte(0) })).toEqual(['n5']);
      expect(await ids({ f: _.eq(null) })).toEqual(['gone', 'nul']);
      expect(await ids({ arr: 'q' })).toEqual(['n5']);
      expect(await ids({}, 'asc')).toEqual(['gone', 'nul', 'n5', 's5', 't']);
    });

    test('7. update: updated 0 when missing or unchanged; a plain object merges field by field, an empty one is dropped; _.set replaces', async () => {
      await jobs().add({ _id: id('u'), tag: RUN, v: 1, o: { a: 1, b: 2 } });
      const updated = async (x: string, data: object) => Number(((await jobs().doc(x).update(data)) as { updated: unknown }).updated);
      expect(await updated(id('missing'), { v: 1 })).toBe(0);
      expect(await updated(id('u'), { v: 1 })).toBe(0);
      expect(await updated(id('u'), { o: { b: 3 }, e: {} })).toBe(1);
      expect(await read(id('u'))).toEqual({ _id: id('u'), tag: RUN, v: 1, o: { a: 1, b: 3 } });
      expect(await updated(id('u'), { o: g.db.command.set({ c: 1 }) })).toBe(1);
      expect(await read(id('u'))).toEqual({ _id: id('u'), tag: RUN, v: 1, o: { c: 1 } });
    });
  });
}
