import { AsyncLocalStorage } from 'node:async_hooks';
import type { Collection } from './collections';
import type { DocOf } from './doc-map';

/**
 * The store port. Repositories (shaped by what the domain asks) are written once over this
 * small document driver; each backend (SQLite locally, CloudBase in production, PostgreSQL
 * next) implements only the driver. Documents are plain JSON objects with a string `_id`.
 */
export type Doc = { _id: string } & Record<string, unknown>;

/** Any stored document, typed or not: all the drivers rely on is its `_id`. */
export type AnyDoc = { readonly _id: string };

/** A field condition: equality, or a range / set operator. */
export type Cond =
  | string
  | number
  | boolean
  | null
  | { $in: (string | number)[] }
  | { $gte?: string | number; $lte?: string | number; $gt?: string | number; $lt?: string | number };

/** All conditions must hold (AND). Keys are top-level field names. */
export type Filter = Record<string, Cond>;

export interface FindOptions {
  orderBy?: { field: string; dir: 'asc' | 'desc' }[];
  limit?: number;
  offset?: number;
}

/** Backends page at most this many documents per read (CloudBase's hard limit). */
export const MAX_PAGE = 1000;

/**
 * Document operations by `_id`: all a transaction offers, on every backend (a CloudBase
 * transaction takes nothing else). Queries (find/count) run before the transaction.
 * Typed by collection (`doc-map.ts`): `get('people', id)` is a `PersonDoc | null`.
 */
export interface DocTx {
  get<C extends Collection>(coll: C, id: string): Promise<DocOf<C> | null>;
  /** Inserts; rejects with DuplicateError when `_id` exists (this is how retries stay single). */
  insert<C extends Collection>(coll: C, doc: DocOf<C>): Promise<void>;
  /** Inserts or replaces the whole document. */
  put<C extends Collection>(coll: C, doc: DocOf<C>): Promise<void>;
  /** Shallow-merges `patch` into an existing document; returns false when it does not exist. */
  update<C extends Collection>(coll: C, id: string, patch: Partial<DocOf<C>>): Promise<boolean>;
  remove(coll: Collection, id: string): Promise<void>;
}

export interface DocDriver extends DocTx {
  readonly kind: 'sqlite' | 'cloudbase' | 'postgres';
  /** At most MAX_PAGE documents; pass offset to read the next page. */
  find<C extends Collection>(coll: C, where: Filter, opts?: FindOptions): Promise<DocOf<C>[]>;
  count(coll: Collection, where: Filter): Promise<number>;
  /**
   * Runs `fn` atomically: either every write made through `tx` lands or none. `tx` offers
   * document operations only; a call on the driver itself while `fn` runs throws
   * (InTransactionError), on every backend, so nothing silently runs outside the transaction.
   * A nested `transaction()` joins the open one. `fn` may run more than once (a write
   * conflict re-runs it), so it must have no side effects outside `tx`.
   */
  transaction<T>(fn: (tx: DocTx) => Promise<T>): Promise<T>;
}

/**
 * What a backend implements: the same operations over plain documents and any collection name.
 * Only the drivers and the driver contract suite see this view; `asDocDriver` turns a backend
 * into the typed port (the one cast between the two).
 */
export interface RawDocTx {
  get(coll: string, id: string): Promise<Doc | null>;
  insert(coll: string, doc: Doc): Promise<void>;
  put(coll: string, doc: Doc): Promise<void>;
  update(coll: string, id: string, patch: Record<string, unknown>): Promise<boolean>;
  remove(coll: string, id: string): Promise<void>;
}

export interface RawDocDriver extends RawDocTx {
  readonly kind: DocDriver['kind'];
  find(coll: string, where: Filter, opts?: FindOptions): Promise<Doc[]>;
  count(coll: string, where: Filter): Promise<number>;
  transaction<T>(fn: (tx: RawDocTx) => Promise<T>): Promise<T>;
}

/** The typed view of a backend's transaction handle (the same object). */
export function typedTx(tx: RawDocTx): DocTx {
  return tx as unknown as DocTx;
}

/** The untyped view of a typed store (the same object), for code that works on any collection. */
export function raw(store: DocDriver): RawDocDriver;
export function raw(store: DocTx): RawDocTx;
export function raw(store: DocTx): RawDocTx {
  return store as unknown as RawDocTx;
}

/** A call on the driver (not on the transaction handle) from inside a transaction. */
export class InTransactionError extends Error {
  constructor(op: string) {
    super(
      `store.${op} called inside a transaction: write through the transaction handle (document operations by id only) ` +
        'and run queries before the transaction',
    );
  }
}

/** A transaction that kept losing write races (another writer held the same document) after its retries. */
export class TransactionConflict extends Error {
  constructor(public attempts: number, public cause?: unknown) {
    super(`transaction conflict after ${attempts} attempts`);
  }
}

/**
 * Marks the async context of an open transaction's `fn`: the drivers use it to refuse calls on
 * themselves from inside (InTransactionError) and to join a nested `transaction()`.
 */
export interface OpenTx {
  driver: object;
  tx: DocTx;
}
const openTx = new AsyncLocalStorage<OpenTx>();

/** The transaction `driver` has open in this async context, if any. */
export function openTransactionOf(driver: object): DocTx | null {
  const o = openTx.getStore();
  return o && o.driver === driver ? o.tx : null;
}

/** Runs `fn(tx)` marked as inside `driver`'s transaction. */
export function runInTransaction<T>(driver: object, tx: DocTx, fn: (tx: DocTx) => Promise<T>): Promise<T> {
  return openTx.run({ driver, tx }, () => fn(tx));
}

/** Throws InTransactionError when called from inside `driver`'s open transaction. */
export function refuseInTransaction(driver: object, op: string): void {
  if (openTransactionOf(driver)) throw new InTransactionError(op);
}

/** Whether `store` is a whole driver (it can open a transaction), not a transaction handle. */
export function isDriver(store: DocTx): store is DocDriver {
  return typeof (store as Partial<DocDriver>).transaction === 'function';
}

/**
 * Runs `fn` atomically on `store`: in a new transaction when `store` is a driver, or as part of
 * the open one when `store` is already a transaction handle.
 */
export function atomically<T>(store: DocTx, fn: (tx: DocTx) => Promise<T>): Promise<T> {
  return isDriver(store) ? store.transaction(fn) : fn(store);
}

export class DuplicateError extends Error {
  constructor(public coll: string, public id: string) {
    super(`duplicate ${coll}/${id}`);
  }
}

/** Reads every page of a query; only for bounded sets (a village's month, a county's roster). */
export async function findAll<C extends Collection>(d: DocDriver, coll: C, where: Filter, opts: FindOptions = {}): Promise<DocOf<C>[]> {
  const out: DocOf<C>[] = [];
  for (let offset = 0; ; offset += MAX_PAGE) {
    const page = await d.find(coll, where, { ...opts, limit: MAX_PAGE, offset });
    out.push(...page);
    if (page.length < MAX_PAGE) return out;
  }
}

/**
 * Documents of one collection by id (missing ones left out), on a driver (one `_id $in` query per
 * 500 ids) or a transaction handle (one `get` each: a transaction takes nothing else). For the
 * bounded lists a handler shows.
 */
export async function getMany<C extends Collection>(store: DocTx, coll: C, ids: Iterable<string>): Promise<DocOf<C>[]> {
  const unique = [...new Set(ids)];
  const out: DocOf<C>[] = [];
  if (isDriver(store)) {
    for (let i = 0; i < unique.length; i += 500) out.push(...(await store.find(coll, { _id: { $in: unique.slice(i, i + 500) } })));
    return out;
  }
  for (const id of unique) {
    const d = await store.get(coll, id);
    if (d) out.push(d);
  }
  return out;
}
