/**
 * CloudBase (Tencent Cloud Development) adapter of the store port.
 *
 * Works over the `Database` of either SDK:
 *   - `@cloudbase/node-sdk`: `tcb.init({ env }).database()`           (sdk: 'node-sdk', the default)
 *   - `wx-server-sdk`:       `cloud.init({ env }); cloud.database()`  (sdk: 'wx-server-sdk')
 * The two differ in their write calls (`add(doc)` vs `add({ data: doc })`, same for set/update),
 * result shapes (`{ updated }` vs `{ stats: { updated } }`) and `doc().get()` (array vs object,
 * and wx-server-sdk throws when the document is missing). The driver hides those differences.
 *
 * CloudBase facts this relies on (checked in node_modules/@cloudbase/database 1.4.3):
 *   - `get()` returns `{ data: Doc[] }`, at most 1000 (and 100 when no limit is given, or limit 0);
 *   - `count()` returns `{ total }`; `doc().update()` returns `{ updated }`;
 *   - `doc().update()` FLATTENS nested objects into dotted paths (a deep merge) and drops empty
 *     objects, so object values are wrapped in `_.set()` to keep the port's shallow merge;
 *   - `set()`/`update()` reject data containing `_id`;
 *   - transactions (`runTransaction`) take single-document operations only (no where/count);
 *     the SDK re-runs the callback at once on DATABASE_TRANSACTION_CONFLICT (`times`, default 3).
 *     The driver asks for no SDK retries and retries conflicts itself, with backoff;
 *   - errors throw `{ code, message }` (node-sdk, unless throwOnCode is off, when they are
 *     returned) or `{ errCode, errMsg }` (wx-server-sdk, the TCB code only inside errMsg).
 */
import { COLLECTIONS, type Collection } from './collections';
import type { DocOf } from './doc-map';
import { checkField, toCloudbaseWhere, type CbCommand } from './cloudbase-filter';
import {
  DuplicateError,
  MAX_PAGE,
  openTransactionOf,
  refuseInTransaction,
  runInTransaction,
  TransactionConflict,
  typedTx,
  type Doc,
  type DocDriver,
  type DocTx,
  type RawDocTx,
  type Filter,
  type FindOptions,
} from './driver';

export type { CbCommand } from './cloudbase-filter';

/* ----- the slice of the SDK's database API the driver uses (structural, so fakes fit) ----- */

export interface CbQuery {
  where(cond: Record<string, unknown>): CbQuery;
  orderBy(field: string, dir: 'asc' | 'desc'): CbQuery;
  skip(n: number): CbQuery;
  limit(n: number): CbQuery;
  get(): Promise<unknown>;
  count(): Promise<unknown>;
}

export interface CbDocRef {
  get(): Promise<unknown>;
  set(data: unknown): Promise<unknown>;
  update(data: unknown): Promise<unknown>;
  remove(): Promise<unknown>;
}

export interface CbCollection extends CbQuery {
  doc(id: string): CbDocRef;
  add(data: unknown): Promise<unknown>;
}

export interface CbTransaction {
  collection(name: string): Pick<CbCollection, 'doc' | 'add'>;
}

export interface CbDatabase {
  command: CbCommand;
  collection(name: string): CbCollection;
  runTransaction<T>(fn: (t: CbTransaction) => Promise<T>, times?: number): Promise<T>;
  createCollection?(name: string): Promise<unknown>;
}

export type CloudbaseSdk = 'node-sdk' | 'wx-server-sdk';

export interface CloudbaseDriverOptions {
  /** Prepended to every collection name (e.g. `t1700000000_` for a live test run). Default ''. */
  prefix?: string;
  /** Which SDK produced `db`. Default: 'wx-server-sdk' when `db` looks like one, else 'node-sdk'. */
  sdk?: CloudbaseSdk;
}

/* ----- errors ----- */

const DUPLICATE = /DATABASE_DUPLICATE_WRITE|E11000|duplicate key|duplicate write/i;

function errorText(e: unknown): string {
  if (e == null) return '';
  if (typeof e === 'string') return e;
  const o = e as { code?: unknown; errCode?: unknown; message?: unknown; errMsg?: unknown };
  return [o.code, o.errCode, o.message, o.errMsg].filter((x) => x !== undefined).join(' ');
}

export function isDuplicateWrite(e: unknown): boolean {
  return DUPLICATE.test(errorText(e));
}

/** A write conflict between transactions (node-sdk: code DATABASE_TRANSACTION_CONFLICT; MongoDB: WriteConflict). */
const CONFLICT = /DATABASE_TRANSACTION_CONFLICT|WriteConflict|write conflict/i;

export function isTransactionConflict(e: unknown): boolean {
  const o = e as { original?: unknown } | null;
  return CONFLICT.test(errorText(e)) || (!!o && typeof o === 'object' && o.original !== undefined && CONFLICT.test(errorText(o.original)));
}

/** Attempts of one transaction before TransactionConflict, and the first backoff (doubling, with jitter). */
export const TRANSACTION_ATTEMPTS = 8;
const BACKOFF_MS = 15;

/** An SDK failure that is not one the port models. Keeps the SDK's code and the original. */
export class CloudbaseError extends Error {
  constructor(
    public op: string,
    public code: string | number | undefined,
    detail: string,
    public original: unknown,
  ) {
    super(`cloudbase ${op} failed: ${detail}`);
  }
}

function asError(op: string, e: unknown): Error {
  if (e instanceof Error && !('errCode' in e) && !('code' in e)) return e;
  const o = (e ?? {}) as { code?: string | number; errCode?: string | number };
  return new CloudbaseError(op, o.code ?? o.errCode, errorText(e) || String(e), e);
}

/** node-sdk with throwOnCode off returns `{ code, message }` instead of throwing. */
function failed(res: unknown): boolean {
  return !!res && typeof res === 'object' && !!(res as { code?: unknown }).code;
}

function looksLikeWxServerSdk(db: unknown): boolean {
  const o = db as { _db?: unknown; cloud?: unknown };
  return !!o && typeof o === 'object' && '_db' in o && 'cloud' in o;
}

/* ----- document plumbing ----- */

const PREFIX = /^[A-Za-z0-9_-]{0,40}$/;

function withoutId(doc: Record<string, unknown>): Record<string, unknown> {
  const { _id: _ignored, ...rest } = doc;
  return rest;
}

/** Picks the document out of a `doc().get()` result: `{ data: [doc] }`, `{ data: doc }` or `{ data: null }`. */
function docOf(res: unknown): Doc | null {
  const data = (res as { data?: unknown } | undefined)?.data;
  if (Array.isArray(data)) return (data[0] as Doc | undefined) ?? null;
  return (data as Doc | null | undefined) ?? null;
}

function updatedOf(res: unknown): number {
  const r = (res ?? {}) as { updated?: unknown; stats?: { updated?: unknown } };
  const n = r.updated ?? r.stats?.updated;
  return typeof n === 'number' ? n : Number(n ?? 0);
}

function isNotFound(e: unknown): boolean {
  return /does not exist/i.test(errorText(e));
}

/** Where document operations go: the database, or the collections of one transaction. */
interface Target {
  collection(name: string): Pick<CbCollection, 'doc' | 'add'>;
}

/**
 * The by-id operations over a target: the database itself, or one transaction's collections.
 * Shared by the driver and its transaction handle.
 */
class DocOps implements RawDocTx {
  constructor(
    protected readonly d: CloudbaseDriver,
    private readonly target: Target,
    private readonly inTx: boolean,
  ) {}

  /** Throws when the handle may no longer be used (a transaction's, after it ended). */
  protected live(_op: string): void {}

  async get(coll: string, id: string): Promise<Doc | null> {
    this.live('get');
    const ref = this.target.collection(this.d.name(coll)).doc(id);
    try {
      return docOf(await this.d.call('get', () => ref.get()));
    } catch (e) {
      // wx-server-sdk throws "document with _id … does not exist" unless throwOnNotFound is off.
      if (this.d.sdk === 'wx-server-sdk' && isNotFound((e as CloudbaseError).original ?? e)) return null;
      throw e;
    }
  }

  async insert(coll: string, doc: Doc): Promise<void> {
    this.live('insert');
    const c = this.target.collection(this.d.name(coll));
    try {
      await this.d.call('insert', () => c.add(this.d.payload({ ...doc })));
    } catch (e) {
      if (isDuplicateWrite((e as CloudbaseError).original ?? e)) throw new DuplicateError(coll, doc._id);
      // wx-server-sdk maps DATABASE_DUPLICATE_WRITE to a generic errCode and keeps only the
      // server's message: when that is not recognisable, an existing _id still means "duplicate".
      if (this.d.sdk === 'wx-server-sdk' && !this.inTx && (await this.exists(coll, doc._id))) {
        throw new DuplicateError(coll, doc._id);
      }
      throw e;
    }
  }

  private async exists(coll: string, id: string): Promise<boolean> {
    try {
      return (await this.get(coll, id)) !== null;
    } catch {
      return false;
    }
  }

  async put(coll: string, doc: Doc): Promise<void> {
    this.live('put');
    const ref = this.target.collection(this.d.name(coll)).doc(doc._id);
    await this.d.call('put', () => ref.set(this.d.payload(withoutId(doc))));
  }

  async update(coll: string, id: string, patch: Record<string, unknown>): Promise<boolean> {
    this.live('update');
    const _ = this.d.db.command;
    const data: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(patch)) {
      if (k === '_id' || v === undefined) continue; // undefined = not given (the SDK drops it too)
      checkField(k);
      // Replace object/array values whole: the SDK would otherwise deep-merge them.
      data[k] = v !== null && typeof v === 'object' ? _.set(v) : v;
    }
    if (Object.keys(data).length === 0) return (await this.get(coll, id)) !== null;
    const ref = this.target.collection(this.d.name(coll)).doc(id);
    const res = await this.d.call('update', () => ref.update(this.d.payload(data)));
    if (updatedOf(res) > 0) return true;
    // 0 means missing, or (as in MongoDB) present but already holding these values.
    return (await this.get(coll, id)) !== null;
  }

  async remove(coll: string, id: string): Promise<void> {
    this.live('remove');
    const ref = this.target.collection(this.d.name(coll)).doc(id);
    await this.d.call('remove', () => ref.remove());
  }
}

/** The handle a transaction's `fn` writes through: document operations in the CloudBase transaction. */
class CloudbaseTx extends DocOps {
  closed = false;
  constructor(d: CloudbaseDriver, t: CbTransaction) {
    super(d, t, true);
  }
  protected override live(op: string): void {
    if (this.closed) throw new Error(`transaction handle used after its transaction ended (${op})`);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The documented CloudBase adapter. Construct once per function instance. */
export class CloudbaseDriver implements DocDriver {
  readonly kind = 'cloudbase' as const;
  readonly prefix: string;
  readonly sdk: CloudbaseSdk;
  private readonly ops: DocOps;

  constructor(
    readonly db: CbDatabase,
    opts: CloudbaseDriverOptions = {},
  ) {
    this.prefix = opts.prefix ?? '';
    if (!PREFIX.test(this.prefix)) throw new Error(`bad collection prefix ${this.prefix}`);
    this.sdk = opts.sdk ?? (looksLikeWxServerSdk(db) ? 'wx-server-sdk' : 'node-sdk');
    this.ops = new DocOps(this, db, false);
  }

  /** The CloudBase collection name for a port collection. */
  name(coll: string): string {
    checkField(coll);
    return this.prefix + coll;
  }

  /** @internal node-sdk takes the document itself; wx-server-sdk wants `{ data }`. */
  payload(data: Record<string, unknown>): unknown {
    return this.sdk === 'wx-server-sdk' ? { data } : data;
  }

  /** @internal runs one SDK call, turning its failures (thrown or returned) into errors. */
  async call<T>(op: string, run: () => Promise<T>): Promise<T> {
    let res: T;
    try {
      res = await run();
    } catch (e) {
      throw asError(op, e);
    }
    if (failed(res)) throw asError(op, res);
    return res;
  }

  get<C extends Collection>(coll: C, id: string): Promise<DocOf<C> | null> {
    refuseInTransaction(this, 'get');
    return typedTx(this.ops).get(coll, id);
  }

  insert<C extends Collection>(coll: C, doc: DocOf<C>): Promise<void> {
    refuseInTransaction(this, 'insert');
    return typedTx(this.ops).insert(coll, doc);
  }

  put<C extends Collection>(coll: C, doc: DocOf<C>): Promise<void> {
    refuseInTransaction(this, 'put');
    return typedTx(this.ops).put(coll, doc);
  }

  update<C extends Collection>(coll: C, id: string, patch: Partial<DocOf<C>>): Promise<boolean> {
    refuseInTransaction(this, 'update');
    return typedTx(this.ops).update(coll, id, patch);
  }

  remove(coll: Collection, id: string): Promise<void> {
    refuseInTransaction(this, 'remove');
    return this.ops.remove(coll, id);
  }

  async find<C extends Collection>(coll: C, filter: Filter, opts: FindOptions = {}): Promise<DocOf<C>[]> {
    refuseInTransaction(this, 'find');
    const where = toCloudbaseWhere(filter, this.db.command);
    const limit = Math.min(opts.limit ?? MAX_PAGE, MAX_PAGE);
    if (where === null || limit <= 0) return []; // CloudBase reads limit 0 as "default 100"
    let q: CbQuery = this.db.collection(this.name(coll));
    if (where) q = q.where(where);
    const order = opts.orderBy ?? [];
    for (const o of order) q = q.orderBy(checkField(o.field), o.dir === 'desc' ? 'desc' : 'asc');
    // Ties break by _id, as in the SQLite adapter, so pages never overlap or skip.
    if (!order.some((o) => o.field === '_id')) q = q.orderBy('_id', 'asc');
    if (opts.offset) q = q.skip(opts.offset);
    q = q.limit(limit);
    const query = q;
    const res = await this.call('find', () => query.get());
    const data = (res as { data?: unknown }).data;
    return Array.isArray(data) ? (data as DocOf<C>[]) : [];
  }

  async count(coll: Collection, filter: Filter): Promise<number> {
    refuseInTransaction(this, 'count');
    const where = toCloudbaseWhere(filter, this.db.command);
    if (where === null) return 0;
    let q: CbQuery = this.db.collection(this.name(coll));
    if (where) q = q.where(where);
    const query = q;
    const res = await this.call('count', () => query.count());
    return Number((res as { total?: unknown }).total ?? 0);
  }

  /**
   * Runs `fn` in a CloudBase transaction: only by-id operations, through `tx`. On a write
   * conflict (another transaction or write holds a document this one writes) the transaction
   * is rolled back and `fn` runs again after a growing pause, up to TRANSACTION_ATTEMPTS times,
   * then TransactionConflict. The SDK's own immediate retries are turned off (`times` 0):
   * retrying at once against a transaction that is still open only conflicts again.
   */
  async transaction<T>(fn: (tx: DocTx) => Promise<T>): Promise<T> {
    const open = openTransactionOf(this);
    if (open) return fn(open); // nested: join the open transaction
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.runTransaction(async (t) => {
          const tx = new CloudbaseTx(this, t);
          try {
            return await runInTransaction(this, typedTx(tx), fn);
          } finally {
            tx.closed = true;
          }
        }, 0);
      } catch (e) {
        if (isTransactionConflict(e)) {
          if (attempt >= TRANSACTION_ATTEMPTS) throw new TransactionConflict(attempt, e);
          await sleep(BACKOFF_MS * 2 ** (attempt - 1) * (0.5 + Math.random()));
          continue;
        }
        if (e instanceof Error) throw e;
        throw asError('transaction', e);
      }
    }
  }
}

/**
 * Creates every collection of the product (with the driver's prefix) that does not exist yet.
 * For the deploy script and the live test; indexes are still made in the console (see README).
 * Returns the names created.
 */
export async function ensureCollections(
  db: CbDatabase,
  opts: { prefix?: string; names?: readonly string[] } = {},
): Promise<string[]> {
  if (typeof db.createCollection !== 'function') throw new Error('this database object has no createCollection');
  const prefix = opts.prefix ?? '';
  if (!PREFIX.test(prefix)) throw new Error(`bad collection prefix ${prefix}`);
  const created: string[] = [];
  for (const coll of opts.names ?? Object.keys(COLLECTIONS)) {
    const name = prefix + checkField(coll);
    let res: unknown;
    try {
      res = await db.createCollection(name);
    } catch (e) {
      if (isAlreadyExists(e)) continue;
      throw asError(`createCollection ${name}`, e);
    }
    if (failed(res)) {
      if (isAlreadyExists(res)) continue;
      throw asError(`createCollection ${name}`, res);
    }
    created.push(name);
  }
  return created;
}

function isAlreadyExists(e: unknown): boolean {
  return /already ?exists?|DATABASE_COLLECTION_ALREADY_EXIST|ResourceInUse|集合已存在|已存在/i.test(errorText(e));
}
