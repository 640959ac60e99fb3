/**
 * The store port. Repositories (shaped by what the domain asks) are written once over this
 * small document driver; each backend (SQLite locally, CloudBase in production, PostgreSQL
 * next) implements only the driver. Documents are plain JSON objects with a string `_id`.
 */
export type Doc = { _id: string } & Record<string, unknown>;

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

export interface DocDriver {
  readonly kind: 'sqlite' | 'cloudbase' | 'postgres';
  get(coll: string, id: string): Promise<Doc | null>;
  /** Inserts; rejects with DuplicateError when `_id` exists (this is how retries stay single). */
  insert(coll: string, doc: Doc): Promise<void>;
  /** Inserts or replaces the whole document. */
  put(coll: string, doc: Doc): Promise<void>;
  /** Shallow-merges `patch` into an existing document; returns false when it does not exist. */
  update(coll: string, id: string, patch: Record<string, unknown>): Promise<boolean>;
  remove(coll: string, id: string): Promise<void>;
  /** At most MAX_PAGE documents; pass offset to read the next page. */
  find(coll: string, where: Filter, opts?: FindOptions): Promise<Doc[]>;
  count(coll: string, where: Filter): Promise<number>;
  /** Runs `fn` atomically: either every write in it lands or none. */
  transaction<T>(fn: (tx: DocDriver) => Promise<T>): Promise<T>;
}

export class DuplicateError extends Error {
  constructor(public coll: string, public id: string) {
    super(`duplicate ${coll}/${id}`);
  }
}

/** Reads every page of a query; only for bounded sets (a village's month, a county's roster). */
export async function findAll(d: DocDriver, coll: string, where: Filter, opts: FindOptions = {}): Promise<Doc[]> {
  const out: Doc[] = [];
  for (let offset = 0; ; offset += MAX_PAGE) {
    const page = await d.find(coll, where, { ...opts, limit: MAX_PAGE, offset });
    out.push(...page);
    if (page.length < MAX_PAGE) return out;
  }
}
