import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { COLLECTIONS, COMPOUND_INDEXES, type Collection } from './collections';
import { memo } from '../../../src/core/memo';
import { startCheckpointer, type Checkpointer } from './sqlite-checkpointer';
import { writePlannerStats, type IndexShape } from './sqlite-stats';
import type { DocOf } from './doc-map';
import {
  DuplicateError,
  MAX_PAGE,
  openTransactionOf,
  refuseInTransaction,
  runInTransaction,
  type AnyDoc,
  type Cond,
  type Doc,
  type DocDriver,
  type DocTx,
  type Filter,
  type FindOptions,
} from './driver';

/** Versioned migrations; each runs once, in order, inside a transaction. */
const MIGRATIONS: { version: number; up: (db: Database.Database) => void }[] = [
  { version: 1, up: (db) => syncCollections(db) },
  // clockins' single personId index: the compound (personId, at desc, id) serves its queries.
  { version: 2, up: (db) => db.exec('DROP INDEX IF EXISTS ix_clockins_personId') },
  // clockins' single villageId, day and month indexes: no query reads clock-ins by them, and each clock-in paid for them.
  { version: 3, up: (db) => db.exec(['villageId', 'day', 'month'].map((f) => `DROP INDEX IF EXISTS ix_clockins_${f};`).join('\n')) },
];

const FIELD = /^[A-Za-z_][A-Za-z0-9_]{0,31}$/;
function field(name: string): string {
  if (!FIELD.test(name)) throw new Error(`bad field name ${name}`);
  return `json_extract(doc, '$.${name}')`;
}
function table(coll: string): string {
  if (!FIELD.test(coll)) throw new Error(`bad collection ${coll}`);
  return `c_${coll}`;
}

/** Every index the store keeps: one per listed field, and the compound ones. */
function indexShapes(): (IndexShape & { create: string })[] {
  const out: (IndexShape & { create: string })[] = [];
  for (const [coll, fields] of Object.entries(COLLECTIONS)) {
    for (const f of fields) {
      const index = `ix_${coll}_${f}`;
      out.push({ table: table(coll), index, fields: [f], create: `CREATE INDEX IF NOT EXISTS ${index} ON ${table(coll)} (${field(f)})` });
    }
  }
  // (equal, order in its direction, id): a find's `ORDER BY order dir, id` walks the index as it lies.
  for (const [coll, indexes] of Object.entries(COMPOUND_INDEXES)) {
    for (const ix of indexes) {
      const dir = ix.dir === 'desc' ? 'DESC' : 'ASC';
      const index = `ix_${coll}_${ix.equal}_${ix.order}_${ix.dir}`;
      const create = `CREATE INDEX IF NOT EXISTS ${index} ON ${table(coll)} (${field(ix.equal)}, ${field(ix.order)} ${dir}, id)`;
      out.push({ table: table(coll), index, fields: [ix.equal, ix.order, 'id'], create });
    }
  }
  return out;
}

/** Creates every collection table and its indexes (idempotent; new collections appear on open). */
function syncCollections(db: Database.Database): void {
  for (const coll of Object.keys(COLLECTIONS)) {
    db.exec(`CREATE TABLE IF NOT EXISTS ${table(coll)} (id TEXT PRIMARY KEY, doc TEXT NOT NULL)`);
  }
  for (const ix of indexShapes()) db.exec(ix.create);
}

function bindable(v: unknown): unknown {
  return typeof v === 'boolean' ? (v ? 1 : 0) : v;
}

/** JSON types a JS value compares with (MongoDB/CloudBase compare within a type only: true ≠ 1, 5 ≠ '5'). */
function jsonTypes(v: unknown): string[] {
  if (typeof v === 'string') return ['text'];
  if (typeof v === 'number') return ['integer', 'real'];
  if (typeof v === 'boolean') return [v ? 'true' : 'false'];
  throw new Error(`unsupported filter value ${String(v)}`);
}
function typeGuard(name: string, values: unknown[]): string {
  const types = [...new Set(values.flatMap(jsonTypes))];
  return `json_type(doc, '$.${name}') IN (${types.map((t) => `'${t}'`).join(',')})`;
}

/**
 * A filter on `_id` by string (one or a list) reads the table's key and its index instead of the
 * document; the other conditions then only check the rows it found (`+` keeps the planner off
 * their indexes, whatever it estimates). Other `_id` conditions read the document as any field.
 */
function idTerm(cond: Cond | undefined): { sql: string; params: string[] } | null {
  if (typeof cond === 'string') return { sql: 'id = ?', params: [cond] };
  if (cond && typeof cond === 'object' && '$in' in cond && cond.$in.length > 0 && cond.$in.every((v): v is string => typeof v === 'string')) {
    return { sql: `id IN (${cond.$in.map(() => '?').join(',')})`, params: cond.$in };
  }
  return null;
}

function where(filter: Filter): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  /** A field's type guard once (a range's two bounds share it). */
  const guard = (name: string, values: unknown[]) => {
    const g = typeGuard(name, values);
    if (!parts.includes(g)) parts.push(g);
  };
  const byId = idTerm(filter._id);
  if (byId) {
    parts.push(byId.sql);
    params.push(...byId.params);
  }
  for (const [name, cond] of Object.entries(filter) as [string, Cond | undefined][]) {
    if (byId && name === '_id') continue;
    const f = byId ? `+${field(name)}` : field(name);
    // An undefined condition is a bug in the caller; CloudBase would drop it and match everything.
    if (cond === undefined) throw new Error(`filter on ${name} is undefined`);
    if (cond === null) parts.push(`${f} IS NULL`);
    else if (typeof cond !== 'object') {
      parts.push(`${f} = ?`);
      guard(name, [cond]);
      params.push(bindable(cond));
    } else if ('$in' in cond) {
      if (cond.$in.length === 0) parts.push('0');
      else {
        parts.push(`${f} IN (${cond.$in.map(() => '?').join(',')})`);
        guard(name, cond.$in);
        params.push(...cond.$in);
      }
    } else {
      const ops = { $gte: '>=', $lte: '<=', $gt: '>', $lt: '<' } as const;
      const unknown = Object.keys(cond).filter((k) => !(k in ops));
      if (unknown.length) throw new Error(`unsupported operator ${unknown.join(',')} on ${name}`);
      for (const [op, sym] of Object.entries(ops) as [keyof typeof ops, string][]) {
        if (cond[op] !== undefined) {
          parts.push(`${f} ${sym} ?`);
          guard(name, [cond[op]]);
          params.push(cond[op]);
        }
      }
    }
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/** Writes to a file after which its checkpoints move to their own thread (short-lived stores never start one). */
const CHECKPOINTER_AFTER_WRITES = 200;
const CHECKPOINT_EVERY_MS = 20;
/** The connection's own checkpoint stays as a backstop, at this many log pages (4 KB each). */
const BACKSTOP_CHECKPOINT_PAGES = 10_000;
/** Prepared statements a connection keeps (of each kind); past it they are prepared afresh. */
const STATEMENTS_KEPT = 500;

export class SqliteDriver implements DocDriver {
  readonly kind = 'sqlite' as const;
  readonly db: Database.Database;
  private readonly file: string;
  private writes = 0;
  private checkpointer: Checkpointer | null = null;

  /** Counts a committed write; a file store that keeps writing gets its checkpoints off this thread. */
  private wrote(): void {
    if (++this.writes !== CHECKPOINTER_AFTER_WRITES || this.file === ':memory:') return;
    this.checkpointer = startCheckpointer(this.file, CHECKPOINT_EVERY_MS, () => this.db.open && this.db.pragma('wal_autocheckpoint = 1000'));
    if (this.checkpointer) this.db.pragma(`wal_autocheckpoint = ${BACKSTOP_CHECKPOINT_PAGES}`);
  }

  /**
   * Statements prepared once per connection, by their SQL (a query's shape repeats: per
   * collection, filter fields and list lengths); `plucked` answer the first column's values.
   */
  private readonly prepared = memo(STATEMENTS_KEPT, (sql: string) => this.db.prepare(sql));
  private readonly plucked = memo(STATEMENTS_KEPT, (sql: string) => this.db.prepare(sql).pluck());

  /** The statement for `sql`, prepared once; `pluck` answers the first column's values. */
  private statement(sql: string, pluck = false): Database.Statement {
    return pluck ? this.plucked(sql) : this.prepared(sql);
  }

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.file = file;
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
  }

  private migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, at TEXT NOT NULL)');
    const done = new Set(
      (this.db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
    );
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      this.db.transaction(() => {
        m.up(this.db);
        this.db.prepare('INSERT INTO schema_migrations (version, at) VALUES (?, ?)').run(m.version, new Date().toISOString());
      })();
    }
    syncCollections(this.db);
    writePlannerStats(this.db, indexShapes());
  }

  /**
   * The open transaction, if any. better-sqlite3 has one connection, so while a transaction is
   * open every statement lands in it: other callers' operations wait until it ends; calls on the
   * driver itself from inside it throw (InTransactionError), as on CloudBase.
   */
  private busy: { done: Promise<void> } | null = null;

  /** Waits until no transaction is open (refusing a call from inside the open one). */
  private async idle(op: string): Promise<void> {
    refuseInTransaction(this, op);
    while (this.busy) await this.busy.done;
  }

  // Each public method waits inline and then runs synchronously, so nothing can open a
  // transaction between the check and the statement.

  async get<C extends Collection>(coll: C, id: string): Promise<DocOf<C> | null> {
    await this.idle('get');
    return this.getNow(coll, id) as DocOf<C> | null;
  }

  /** @internal the statements, shared by the driver and its transaction handle */
  getNow(coll: string, id: string): Doc | null {
    const row = this.statement(`SELECT doc FROM ${table(coll)} WHERE id = ?`, true).get(id) as string | undefined;
    return row ? (JSON.parse(row) as Doc) : null;
  }

  async insert<C extends Collection>(coll: C, doc: DocOf<C>): Promise<void> {
    await this.idle('insert');
    this.insertNow(coll, doc);
    this.wrote();
  }

  /** @internal */
  insertNow(coll: string, doc: AnyDoc): void {
    try {
      this.statement(`INSERT INTO ${table(coll)} (id, doc) VALUES (?, ?)`).run(doc._id, JSON.stringify(doc));
    } catch (e) {
      if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new DuplicateError(coll, doc._id);
      throw e;
    }
  }

  async put<C extends Collection>(coll: C, doc: DocOf<C>): Promise<void> {
    await this.idle('put');
    this.putNow(coll, doc);
    this.wrote();
  }

  /** @internal */
  putNow(coll: string, doc: AnyDoc): void {
    this.statement(`INSERT INTO ${table(coll)} (id, doc) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET doc = excluded.doc`).run(doc._id, JSON.stringify(doc));
  }

  async update<C extends Collection>(coll: C, id: string, patch: Partial<DocOf<C>>): Promise<boolean> {
    await this.idle('update');
    const found = this.updateNow(coll, id, patch);
    this.wrote();
    return found;
  }

  /** @internal */
  updateNow(coll: string, id: string, patch: object): boolean {
    const cur = this.getNow(coll, id);
    if (!cur) return false;
    const next: Doc = { ...cur };
    // undefined means "not given" (as in CloudBase), not "delete the field".
    for (const [k, v] of Object.entries(patch)) if (v !== undefined && k !== '_id') next[k] = v;
    this.statement(`UPDATE ${table(coll)} SET doc = ? WHERE id = ?`).run(JSON.stringify(next), id);
    return true;
  }

  async remove(coll: Collection, id: string): Promise<void> {
    await this.idle('remove');
    this.removeNow(coll, id);
    this.wrote();
  }

  /** @internal */
  removeNow(coll: string, id: string): void {
    this.statement(`DELETE FROM ${table(coll)} WHERE id = ?`).run(id);
  }

  async find<C extends Collection>(coll: C, filter: Filter, opts: FindOptions = {}): Promise<DocOf<C>[]> {
    await this.idle('find');
    const w = where(filter);
    const order = opts.orderBy?.length
      ? `ORDER BY ${opts.orderBy.map((o) => `${o.field === '_id' ? 'id' : field(o.field)} ${o.dir === 'desc' ? 'DESC' : 'ASC'}`).join(', ')}, id`
      : 'ORDER BY id';
    const limit = Math.min(opts.limit ?? MAX_PAGE, MAX_PAGE);
    const offset = opts.offset ?? 0;
    // Whole numbers go into the SQL: SQLite compiles a statement with a bound LIMIT again at each run.
    const literal = Number.isSafeInteger(limit) && Number.isSafeInteger(offset) && limit >= 0 && offset >= 0;
    const page = literal ? `LIMIT ${limit} OFFSET ${offset}` : 'LIMIT ? OFFSET ?';
    const params = literal ? w.params : [...w.params, limit, offset];
    const docs = this.statement(`SELECT doc FROM ${table(coll)} ${w.sql} ${order} ${page}`, true).all(...params) as string[];
    return docs.map((doc) => JSON.parse(doc) as DocOf<C>);
  }

  async count(coll: Collection, filter: Filter): Promise<number> {
    await this.idle('count');
    const w = where(filter);
    return this.statement(`SELECT COUNT(*) FROM ${table(coll)} ${w.sql}`, true).get(...w.params) as number;
  }

  /**
   * Transactions are serialised: one at a time (BEGIN IMMEDIATE), other callers' operations
   * wait for it. `fn` gets a handle of document operations only; a `transaction()` made from
   * inside `fn` joins the open transaction.
   */
  async transaction<T>(fn: (tx: DocTx) => Promise<T>): Promise<T> {
    const open = openTransactionOf(this);
    if (open) return fn(open);
    while (this.busy) await this.busy.done;
    let release!: () => void;
    this.busy = { done: new Promise<void>((r) => (release = r)) };
    const tx = new SqliteTx(this);
    try {
      this.statement('BEGIN IMMEDIATE').run();
      const out = await runInTransaction(this, tx, fn);
      if (tx.failed) throw tx.failed; // fn caught a failed write: the transaction is over all the same
      this.statement('COMMIT').run();
      this.wrote();
      return out;
    } catch (e) {
      if (this.db.inTransaction) this.statement('ROLLBACK').run();
      throw e;
    } finally {
      tx.closed = true;
      this.busy = null;
      release();
    }
  }

  close(): void {
    this.checkpointer?.stop();
    this.db.close();
  }
}

/**
 * The handle a SQLite transaction's `fn` writes through: document operations only. A write that
 * fails (a duplicate) ends the transaction, as on CloudBase: later calls throw, and the
 * transaction rolls back even if `fn` caught the error.
 */
class SqliteTx implements DocTx {
  closed = false;
  failed: unknown = null;
  constructor(private readonly d: SqliteDriver) {}

  private live(op: string): SqliteDriver {
    if (this.closed) throw new Error(`transaction handle used after its transaction ended (${op})`);
    if (this.failed) throw new Error(`transaction ended by a failed write (${op}): ${String(this.failed)}`);
    return this.d;
  }
  private write<T>(op: string, run: (d: SqliteDriver) => T): T {
    const d = this.live(op);
    try {
      return run(d);
    } catch (e) {
      this.failed = e;
      throw e;
    }
  }
  async get<C extends Collection>(coll: C, id: string): Promise<DocOf<C> | null> {
    return this.live('get').getNow(coll, id) as DocOf<C> | null;
  }
  async insert<C extends Collection>(coll: C, doc: DocOf<C>): Promise<void> {
    this.write('insert', (d) => d.insertNow(coll, doc));
  }
  async put<C extends Collection>(coll: C, doc: DocOf<C>): Promise<void> {
    this.write('put', (d) => d.putNow(coll, doc));
  }
  async update<C extends Collection>(coll: C, id: string, patch: Partial<DocOf<C>>): Promise<boolean> {
    return this.write('update', (d) => d.updateNow(coll, id, patch));
  }
  async remove(coll: Collection, id: string): Promise<void> {
    this.write('remove', (d) => d.removeNow(coll, id));
  }
}
