/**
 * A stateful, in-memory CloudBase database: the part of @cloudbase/node-sdk's `app.database()`
 * that the production driver (cloudfunctions/common/store/cloudbase.ts) uses, so the driver's own
 * code runs on it in tests and on the local stack (`ZHUCUN_STORE=cloudbase-emulator npm start`).
 *
 *   db.collection(name)   .where(cond).orderBy(f, dir).skip(n).limit(n).get() / .count()
 *                          .doc(id).get() / .set(data) / .update(data) / .remove()
 *                          .add(data)
 *   db.command            eq, in, gte, lte, gt, lt, and (query); set (update)
 *   db.runTransaction(fn, times)   fn gets `t` with t.collection(name).doc(id)… and .add(…) only
 *   db.createCollection(name)
 *
 * Result shapes are node-sdk's (read from @cloudbase/database 1.4.3, which node-sdk 3.18 uses):
 * `get()` → `{ data: Doc[] }`, `doc().get()` → `{ data: [doc] }` (in a transaction `{ data: doc|null }`),
 * `count()` → `{ total }`, `update()` → `{ updated }`, `remove()` → `{ deleted }`, `add()` → `{ id }`.
 * Failures throw like node-sdk's TcbError: an Error with `code` (DATABASE_DUPLICATE_WRITE, …).
 * The SDK's client-side rules are copied: `limit()` above 1000 reads 1000, no limit (or 0) reads
 * 100; `set()`/`update()` refuse `_id`; `set()` refuses update commands; `runTransaction` re-runs
 * its callback at once on DATABASE_TRANSACTION_CONFLICT, `times` times (default 3).
 *
 * What the emulator has to GUESS about the server, each marked "GUESS" where it is coded, and
 * checked by test/store/cloudbase.live.test.ts against a real environment when credentials are
 * set (the DocDriver contract plus the "emulator guesses" block there):
 *   1. Collections must exist before use (created in the console or by ensureCollections): any
 *      call on a missing one fails with DATABASE_COLLECTION_NOT_EXIST.
 *   2. Transactions are MongoDB's: a snapshot taken when the transaction starts; reads see it
 *      plus the transaction's own writes; the FIRST writer of a document wins: a transaction
 *      that writes a document another open transaction has written, or that was committed by
 *      anyone after its snapshot, fails at once with DATABASE_TRANSACTION_CONFLICT and is
 *      aborted. Reads take no locks (two transactions may read the same document).
 *   3. Any failed write inside a transaction (a duplicate _id included) aborts it: later calls
 *      on it fail, and nothing it wrote lands.
 *   4. A write outside a transaction to a document an open transaction has written waits for
 *      that transaction to end (MongoDB blocks it), up to `lockWaitMs`, then fails.
 *   5. Queries (where/get/count) are refused inside a transaction (CloudBase's documentation:
 *      transactions take single-document operations only).
 *   6. Query semantics are MongoDB's: comparisons only within one type (5 ≠ '5', true ≠ 1, a
 *      range on numbers skips strings); `{ f: null }`/`_.eq(null)` match null and missing; an
 *      equality on an array field matches an element; sorting follows BSON type order (missing
 *      and null, then numbers, then strings by UTF-8 bytes, …), ties in natural order.
 *   7. `update()` returns `updated: 0` when the document is missing OR already holds the values;
 *      a plain object in `update()` is merged field by field (dotted paths) and an empty one is
 *      dropped, as the SDK's update serializer flattens it; `_.set(v)` replaces the field whole.
 *   8. A transaction lives at most `transactionLifetimeMs` (MongoDB's default is 60 s).
 */
import { randomBytes } from 'node:crypto';
import type { CbCollection, CbDatabase, CbDocRef, CbQuery, CbTransaction } from '../../cloudfunctions/common/store/cloudbase';
import type { CbCommand, CbQueryCommand } from '../../cloudfunctions/common/store/cloudbase-filter';

type Doc = { _id: string } & Record<string, unknown>;

/** A query or update command (`db.command.gte(3)`, `db.command.set({…})`). */
export class EmuCommand implements CbQueryCommand {
  constructor(
    readonly op: string,
    readonly args: unknown[],
  ) {}
  and(...others: CbQueryCommand[]): EmuCommand {
    return new EmuCommand('and', [this, ...others]);
  }
}

/** What node-sdk throws: its TcbError is an Error with `code`. */
export function tcbError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(`[${code}] ${message}`), { code });
}

export interface EmulatorOptions {
  /** GUESS 4: how long a write outside a transaction waits for a transaction holding its document. Default 5,000 ms. */
  lockWaitMs?: number;
  /** GUESS 8: a transaction's lifetime. Default 60,000 ms. */
  transactionLifetimeMs?: number;
}

export interface EmulatorStats {
  transactions: number;
  commits: number;
  aborts: number;
  conflicts: number;
  lockWaits: number;
}

/** One committed state of a document; `doc` null = removed. Versions ascend. */
interface Version {
  ver: number;
  doc: Doc | null;
}

const clone = <T>(x: T): T => (x === undefined ? x : (JSON.parse(JSON.stringify(x)) as T));
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof EmuCommand);
/** A network round trip: concurrent calls interleave between requests, as they do over HTTP. */
const hop = () => new Promise<void>((r) => setImmediate(r));
const key = (coll: string, id: string) => `${coll}\u0000${id}`;

/* ----- MongoDB comparison (GUESS 6) ----- */

const SURROGATE = /[\uD800-\uDFFF]/;

/** BSON type order: missing/null < numbers < strings < objects < arrays < booleans. */
function rank(v: unknown): number {
  if (v === undefined || v === null) return 1;
  if (typeof v === 'number') return 2;
  if (typeof v === 'string') return 3;
  if (Array.isArray(v)) return 5;
  if (typeof v === 'object') return 4;
  if (typeof v === 'boolean') return 8;
  return 9;
}

function compare(a: unknown, b: unknown): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 2) return (a as number) - (b as number);
  if (ra === 3) {
    // UTF-8 byte order is code point order; UTF-16 order differs from it only around surrogates.
    const [x, y] = [a as string, b as string];
    if (SURROGATE.test(x) || SURROGATE.test(y)) return Buffer.compare(Buffer.from(x), Buffer.from(y));
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (ra === 8) return Number(a) - Number(b);
  if (ra === 1) return 0;
  const ja = JSON.stringify(a);
  const jb = JSON.stringify(b);
  return ja < jb ? -1 : ja > jb ? 1 : 0;
}

/** Equality within one type; null also matches a missing field. */
function equal(field: unknown, v: unknown): boolean {
  if (v === null) return field === null || field === undefined;
  if (Array.isArray(field) && !Array.isArray(v)) return field.some((x) => equal(x, v));
  if (rank(field) !== rank(v)) return false;
  return compare(field, v) === 0;
}

function ranged(field: unknown, bound: unknown, test: (c: number) => boolean): boolean {
  if (Array.isArray(field)) return field.some((x) => ranged(x, bound, test));
  if (field === undefined || rank(field) !== rank(bound)) return false;
  return test(compare(field, bound));
}

function matchesCond(field: unknown, cond: unknown): boolean {
  if (!(cond instanceof EmuCommand)) {
    if (isPlainObject(cond)) throw tcbError('DATABASE_REQUEST_FAILED', 'emulator: nested object conditions are not implemented');
    return equal(field, cond);
  }
  const [arg] = cond.args;
  switch (cond.op) {
    case 'eq':
      return equal(field, arg);
    case 'in':
      return (arg as unknown[]).some((v) => equal(field, v));
    case 'gt':
      return ranged(field, arg, (c) => c > 0);
    case 'gte':
      return ranged(field, arg, (c) => c >= 0);
    case 'lt':
      return ranged(field, arg, (c) => c < 0);
    case 'lte':
      return ranged(field, arg, (c) => c <= 0);
    case 'and':
      return cond.args.every((c) => matchesCond(field, c));
    default:
      throw tcbError('DATABASE_REQUEST_FAILED', `emulator: query command ${cond.op} is not implemented`);
  }
}

function matches(doc: Doc, where: Record<string, unknown> | null): boolean {
  if (!where) return true;
  return Object.entries(where).every(([f, c]) => matchesCond(doc[f], c));
}

/* ----- updates (GUESS 7) ----- */

function checkData(data: unknown, what: string): Record<string, unknown> {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw tcbError('INVALID_PARAM', '参数必需是非空对象');
  if (Object.prototype.hasOwnProperty.call(data, '_id')) throw tcbError('INVALID_PARAM', `不能更新_id的值 (${what})`);
  return data as Record<string, unknown>;
}

function hasCommand(v: unknown): boolean {
  if (v instanceof EmuCommand) return true;
  if (v && typeof v === 'object') return Object.values(v).some(hasCommand);
  return false;
}

/** The `{ path: command }` list the SDK's update serializer makes of `update(data)`. */
function flatten(data: Record<string, unknown>, prefix = '', out: [string, EmuCommand][] = []): [string, EmuCommand][] {
  for (const [k, v] of Object.entries(data)) {
    if (v === undefined) continue;
    const path = prefix + k;
    if (v instanceof EmuCommand) out.push([path, v]);
    else if (isPlainObject(v)) {
      if (Object.keys(v).length > 0) flatten(v, `${path}.`, out); // an empty object is dropped
    } else out.push([path, new EmuCommand('set', [v])]);
  }
  return out;
}

function applyUpdate(doc: Doc, data: Record<string, unknown>): Doc {
  const next = clone(doc);
  for (const [path, cmd] of flatten(data)) {
    const parts = path.split('.');
    let at: Record<string, unknown> = next;
    for (const p of parts.slice(0, -1)) {
      if (at[p] === undefined) at[p] = {};
      if (!isPlainObject(at[p])) throw tcbError('DATABASE_REQUEST_FAILED', `Cannot create field '${parts.at(-1)}' in element {${p}: ${JSON.stringify(at[p])}}`);
      at = at[p] as Record<string, unknown>;
    }
    const last = parts[parts.length - 1];
    switch (cmd.op) {
      case 'set':
        at[last] = clone(cmd.args[0]);
        break;
      case 'remove':
        delete at[last];
        break;
      case 'inc':
        at[last] = Number(at[last] ?? 0) + Number(cmd.args[0]);
        break;
      default:
        throw tcbError('DATABASE_REQUEST_FAILED', `emulator: update command ${cmd.op} is not implemented`);
    }
  }
  return next;
}

/* ----- transactions (GUESS 2, 3, 8) ----- */

class EmuTx {
  state: 'open' | 'committed' | 'aborted' = 'open';
  readonly writes = new Map<string, { coll: string; doc: Doc | null }>();
  readonly startedAt = Date.now();
  readonly done: Promise<void>;
  private finish!: () => void;
  constructor(
    readonly id: string,
    readonly snap: number,
  ) {
    this.done = new Promise((r) => (this.finish = r));
  }
  end(state: 'committed' | 'aborted'): void {
    this.state = state;
    this.finish();
  }
}

/** The emulated database. One instance = one CloudBase environment. */
export class CloudbaseEmulator implements CbDatabase {
  private readonly colls = new Map<string, Map<string, Version[]>>();
  private readonly locks = new Map<string, EmuTx>();
  private readonly open = new Set<EmuTx>();
  private clock = 0;
  private txSeq = 0;
  readonly stats: EmulatorStats = { transactions: 0, commits: 0, aborts: 0, conflicts: 0, lockWaits: 0 };
  readonly lockWaitMs: number;
  readonly transactionLifetimeMs: number;

  constructor(opts: EmulatorOptions = {}) {
    this.lockWaitMs = opts.lockWaitMs ?? 5000;
    this.transactionLifetimeMs = opts.transactionLifetimeMs ?? 60_000;
  }

  readonly command: CbCommand & { remove(): EmuCommand; inc(n: number): EmuCommand } = {
    eq: (v) => new EmuCommand('eq', [clone(v)]),
    in: (v) => new EmuCommand('in', [clone(v)]),
    gte: (v) => new EmuCommand('gte', [clone(v)]),
    lte: (v) => new EmuCommand('lte', [clone(v)]),
    gt: (v) => new EmuCommand('gt', [clone(v)]),
    lt: (v) => new EmuCommand('lt', [clone(v)]),
    set: (v) => new EmuCommand('set', [clone(v)]),
    remove: () => new EmuCommand('remove', []),
    inc: (n) => new EmuCommand('inc', [n]),
  };

  /* --- collections (GUESS 1) --- */

  async createCollection(name: string): Promise<unknown> {
    await hop();
    if (this.colls.has(name)) throw tcbError('DATABASE_COLLECTION_ALREADY_EXIST', `collection ${name} already exists`);
    this.colls.set(name, new Map());
    return { requestId: this.requestId() };
  }

  /** The collections that exist (for tests and the local stack's log). */
  collectionNames(): string[] {
    return [...this.colls.keys()].sort();
  }

  private rows(coll: string): Map<string, Version[]> {
    const rows = this.colls.get(coll);
    if (!rows) throw tcbError('DATABASE_COLLECTION_NOT_EXIST', `collection ${coll} does not exist`);
    return rows;
  }

  private requestId(): string {
    return randomBytes(8).toString('hex');
  }

  /** The committed document now (`snap` omitted) or as of a transaction's snapshot. */
  private committed(coll: string, id: string, snap = Infinity): Doc | null {
    const versions = this.rows(coll).get(id);
    if (!versions) return null;
    for (let i = versions.length - 1; i >= 0; i--) if (versions[i].ver <= snap) return versions[i].doc;
    return null;
  }

  private lastVer(coll: string, id: string): number {
    const versions = this.rows(coll).get(id);
    return versions?.length ? versions[versions.length - 1].ver : 0;
  }

  /** Commits writes: one new version each, all at one clock tick. */
  private apply(writes: Iterable<{ coll: string; id: string; doc: Doc | null }>): void {
    const ver = ++this.clock;
    const oldest = Math.min(...[...this.open].map((t) => t.snap));
    for (const w of writes) {
      const rows = this.rows(w.coll);
      const versions = rows.get(w.id) ?? [];
      versions.push({ ver, doc: w.doc === null ? null : clone(w.doc) });
      // Keep only what an open transaction's snapshot can still read.
      let keepFrom = versions.length - 1;
      while (keepFrom > 0 && versions[keepFrom].ver > oldest) keepFrom--;
      const kept = versions.slice(keepFrom);
      if (kept.length === 1 && kept[0].doc === null) rows.delete(w.id);
      else rows.set(w.id, kept);
    }
  }

  /** GUESS 4: a write outside a transaction waits for the transaction holding its document. */
  private async unlocked(coll: string, id: string): Promise<void> {
    const deadline = Date.now() + this.lockWaitMs;
    for (let holder = this.locks.get(key(coll, id)); holder; holder = this.locks.get(key(coll, id))) {
      this.stats.lockWaits++;
      const left = deadline - Date.now();
      if (left <= 0) throw tcbError('DATABASE_TIMEOUT', `write to ${coll}/${id} waited ${this.lockWaitMs} ms for a transaction`);
      await Promise.race([holder.done, new Promise((r) => setTimeout(r, left))]);
    }
  }

  /* --- the database API --- */

  collection(name: string): CbCollection {
    return new EmuQuery(this, name, null, [], 0, undefined) as unknown as CbCollection;
  }

  /** @internal */
  async runQuery(coll: string, where: Record<string, unknown> | null, order: [string, 'asc' | 'desc'][], skip: number, limit: number | undefined) {
    await hop();
    const docs: Doc[] = [];
    for (const id of this.rows(coll).keys()) {
      const d = this.committed(coll, id);
      if (d && matches(d, where)) docs.push(d);
    }
    if (order.length) {
      docs.sort((a, b) => {
        for (const [f, dir] of order) {
          const c = compare(a[f], b[f]);
          if (c !== 0) return dir === 'desc' ? -c : c;
        }
        return 0;
      });
    }
    const n = limit ? Math.min(limit, 1000) : 100; // the SDK's rule: no limit (or 0) reads 100, at most 1000
    return { data: clone(docs.slice(skip, skip + n)), requestId: this.requestId() };
  }

  /** @internal */
  async runCount(coll: string, where: Record<string, unknown> | null) {
    await hop();
    let total = 0;
    for (const id of this.rows(coll).keys()) {
      const d = this.committed(coll, id);
      if (d && matches(d, where)) total++;
    }
    return { total, requestId: this.requestId() };
  }

  /** @internal by-id operations outside a transaction */
  docRef(coll: string, id: string): CbDocRef {
    return {
      get: async () => {
        await hop();
        const d = this.committed(coll, id);
        return { data: d ? [clone(d)] : [], requestId: this.requestId() };
      },
      set: async (data) => {
        await hop();
        const fields = checkData(data, 'set');
        if (hasCommand(fields)) throw tcbError('DATABASE_REQUEST_FAILED', 'update operator complicit');
        this.rows(coll);
        await this.unlocked(coll, id);
        const before = this.committed(coll, id);
        const doc = { ...clone(fields), _id: id } as Doc;
        const changed = !before || JSON.stringify(before) !== JSON.stringify(doc);
        if (changed) this.apply([{ coll, id, doc }]);
        return { updated: before && changed ? 1 : 0, upsertedId: before ? null : id, requestId: this.requestId() };
      },
      update: async (data) => {
        await hop();
        const fields = checkData(data, 'update');
        this.rows(coll);
        await this.unlocked(coll, id);
        const before = this.committed(coll, id);
        if (!before) return { updated: 0, requestId: this.requestId() };
        const doc = applyUpdate(before, fields);
        const changed = JSON.stringify(before) !== JSON.stringify(doc);
        if (changed) this.apply([{ coll, id, doc }]);
        return { updated: changed ? 1 : 0, requestId: this.requestId() };
      },
      remove: async () => {
        await hop();
        this.rows(coll);
        await this.unlocked(coll, id);
        const before = this.committed(coll, id);
        if (before) this.apply([{ coll, id, doc: null }]);
        return { deleted: before ? 1 : 0, requestId: this.requestId() };
      },
    };
  }

  /** @internal */
  async add(coll: string, data: unknown): Promise<unknown> {
    await hop();
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw tcbError('INVALID_PARAM', '参数必需是非空对象');
    if (hasCommand(data)) throw tcbError('DATABASE_REQUEST_FAILED', 'update operator complicit');
    const doc = clone(data) as Doc;
    doc._id ??= randomBytes(16).toString('hex');
    this.rows(coll);
    await this.unlocked(coll, doc._id);
    if (this.committed(coll, doc._id)) throw duplicate(coll, doc._id);
    this.apply([{ coll, id: doc._id, doc }]);
    return { id: doc._id, requestId: this.requestId() };
  }

  /* --- transactions --- */

  /** node-sdk's runTransaction (@cloudbase/database 1.4.3), over emulated transactions. */
  async runTransaction<T>(callback: (t: CbTransaction) => Promise<T>, times = 3): Promise<T> {
    await hop();
    const tx = new EmuTx(`tx${++this.txSeq}`, this.clock);
    this.open.add(tx);
    this.stats.transactions++;
    try {
      const out = await callback(this.txHandle(tx));
      await hop();
      this.commit(tx);
      return out;
    } catch (error) {
      if (tx.state === 'open') this.abort(tx); // the SDK rolls back (its retry path relies on the server's abort)
      if (times > 0 && (error as { code?: unknown })?.code === 'DATABASE_TRANSACTION_CONFLICT') {
        return this.runTransaction(callback, times - 1);
      }
      throw error;
    }
  }

  private commit(tx: EmuTx): void {
    this.live(tx);
    for (const k of tx.writes.keys()) if (this.locks.get(k) === tx) this.locks.delete(k);
    this.open.delete(tx);
    this.apply([...tx.writes].map(([k, w]) => ({ coll: w.coll, id: k.slice(w.coll.length + 1), doc: w.doc })));
    this.stats.commits++;
    tx.end('committed');
  }

  private abort(tx: EmuTx): void {
    if (tx.state !== 'open') return;
    for (const k of tx.writes.keys()) if (this.locks.get(k) === tx) this.locks.delete(k);
    this.open.delete(tx);
    this.stats.aborts++;
    tx.end('aborted');
  }

  private live(tx: EmuTx): void {
    if (tx.state === 'open' && Date.now() - tx.startedAt > this.transactionLifetimeMs) this.abort(tx);
    if (tx.state !== 'open') throw tcbError('DATABASE_TRANSACTION_FAIL', `transaction ${tx.id} is ${tx.state === 'committed' ? 'committed' : 'aborted'}`);
  }

  /** The transaction's view of a document: its own write, else its snapshot. */
  private txRead(tx: EmuTx, coll: string, id: string): Doc | null {
    const w = tx.writes.get(key(coll, id));
    if (w) return w.doc;
    return this.committed(coll, id, tx.snap);
  }

  /**
   * GUESS 2: first writer wins. Claims the document for `tx` or aborts `tx` with a conflict.
   * GUESS 3: `write` throwing (a duplicate) aborts `tx` too.
   */
  private txWrite(tx: EmuTx, coll: string, id: string, write: (cur: Doc | null) => Doc | null | 'unchanged'): void {
    this.live(tx);
    this.rows(coll);
    const k = key(coll, id);
    const holder = this.locks.get(k);
    if ((holder && holder !== tx) || (!holder && this.lastVer(coll, id) > tx.snap)) {
      this.stats.conflicts++;
      this.abort(tx);
      throw tcbError('DATABASE_TRANSACTION_CONFLICT', `write conflict on ${coll}/${id}`);
    }
    let next: Doc | null | 'unchanged';
    try {
      next = write(this.txRead(tx, coll, id));
    } catch (e) {
      this.abort(tx);
      throw e;
    }
    if (next === 'unchanged') return;
    this.locks.set(k, tx);
    tx.writes.set(k, { coll, doc: next });
  }

  private txHandle(tx: EmuTx): CbTransaction {
    const refuse = (what: string) => () => {
      throw tcbError('DATABASE_REQUEST_FAILED', `${what} is not supported in a transaction: single-document operations only`);
    };
    return {
      collection: (coll: string) =>
        ({
          where: refuse('where'),
          orderBy: refuse('orderBy'),
          skip: refuse('skip'),
          limit: refuse('limit'),
          get: refuse('get on a collection'),
          count: refuse('count'),
          add: async (data: unknown) => {
            await hop();
            if (!data || typeof data !== 'object' || Array.isArray(data)) throw tcbError('INVALID_PARAM', '参数必需是非空对象');
            const doc = clone(data) as Doc;
            doc._id ??= randomBytes(16).toString('hex');
            this.txWrite(tx, coll, doc._id, (cur) => {
              if (cur) throw duplicate(coll, doc._id);
              return doc;
            });
            return { inserted: 1, ok: 1, id: doc._id, requestId: this.requestId() };
          },
          doc: (id: string): CbDocRef => ({
            get: async () => {
              await hop();
              this.live(tx);
              const d = this.txRead(tx, coll, id);
              return { data: d ? clone(d) : null, requestId: this.requestId() };
            },
            set: async (data) => {
              await hop();
              const fields = checkData(data, 'set');
              if (hasCommand(fields)) throw tcbError('DATABASE_REQUEST_FAILED', 'update operator complicit');
              let existed = false;
              this.txWrite(tx, coll, id, (cur) => ((existed = !!cur), { ...clone(fields), _id: id } as Doc));
              return { updated: existed ? 1 : 0, upserted: existed ? [] : [{ _id: id }], requestId: this.requestId() };
            },
            update: async (data) => {
              await hop();
              const fields = checkData(data, 'update');
              let updated = 0;
              this.live(tx);
              if (!this.txRead(tx, coll, id)) return { updated: 0, requestId: this.requestId() }; // matches nothing: no write, no conflict
              this.txWrite(tx, coll, id, (cur) => {
                const next = applyUpdate(cur!, fields);
                if (JSON.stringify(next) === JSON.stringify(cur)) return 'unchanged';
                updated = 1;
                return next;
              });
              return { updated, requestId: this.requestId() };
            },
            remove: async () => {
              await hop();
              this.live(tx);
              if (!this.txRead(tx, coll, id)) return { deleted: 0, requestId: this.requestId() };
              this.txWrite(tx, coll, id, () => null);
              return { deleted: 1, requestId: this.requestId() };
            },
          }),
        }) as unknown as Pick<CbCollection, 'doc' | 'add'>,
    };
  }
}

function duplicate(coll: string, id: string): Error {
  return tcbError('DATABASE_DUPLICATE_WRITE', `E11000 duplicate key error collection: ${coll} index: _id_ dup key: { _id: "${id}" }`);
}

/** The query builder: immutable, like the SDK's (each call returns a new query). */
class EmuQuery implements CbQuery {
  constructor(
    private readonly db: CloudbaseEmulator,
    private readonly coll: string,
    private readonly cond: Record<string, unknown> | null,
    private readonly order: [string, 'asc' | 'desc'][],
    private readonly offset: number,
    private readonly max: number | undefined,
  ) {}
  where(cond: Record<string, unknown>): CbQuery {
    if (!cond || typeof cond !== 'object') throw tcbError('INVALID_PARAM', 'query参数必须为对象');
    for (const [k, v] of Object.entries(cond)) if (v === undefined) throw tcbError('INVALID_PARAM', `query ${k} is undefined`);
    return new EmuQuery(this.db, this.coll, clone0(cond), this.order, this.offset, this.max);
  }
  orderBy(field: string, dir: 'asc' | 'desc'): CbQuery {
    if (dir !== 'asc' && dir !== 'desc') throw tcbError('INVALID_PARAM', `"${String(dir)}" is not a valid order`);
    return new EmuQuery(this.db, this.coll, this.cond, [...this.order, [field, dir]], this.offset, this.max);
  }
  skip(n: number): CbQuery {
    if (!Number.isInteger(n)) throw tcbError('INVALID_PARAM', 'offset must be an integer');
    return new EmuQuery(this.db, this.coll, this.cond, this.order, n, this.max);
  }
  limit(n: number): CbQuery {
    if (!Number.isInteger(n)) throw tcbError('INVALID_PARAM', 'limit must be an integer');
    return new EmuQuery(this.db, this.coll, this.cond, this.order, this.offset, n);
  }
  get(): Promise<unknown> {
    return this.db.runQuery(this.coll, this.cond, this.order, this.offset, this.max);
  }
  count(): Promise<unknown> {
    return this.db.runCount(this.coll, this.cond);
  }
  doc(id: string): CbDocRef {
    return this.db.docRef(this.coll, id);
  }
  add(data: unknown): Promise<unknown> {
    return this.db.add(this.coll, data);
  }
}

/** A shallow copy of a where object (its commands are immutable). */
function clone0(cond: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(cond)) out[k] = v instanceof EmuCommand || v === null || typeof v !== 'object' ? v : clone(v);
  return out;
}
