/**
 * Translates the store port's Filter into a CloudBase `where()` object built with the
 * database's `command` (`db.command`, usually called `_`). Kept apart from the driver so the
 * mapping can be read (and tested) on its own.
 */
import type { Cond, Filter } from './driver';

/** The part of CloudBase's `db.command` the store uses (query and update commands). */
export interface CbCommand {
  eq(v: unknown): CbQueryCommand;
  in(v: unknown[]): CbQueryCommand;
  gte(v: unknown): CbQueryCommand;
  lte(v: unknown): CbQueryCommand;
  gt(v: unknown): CbQueryCommand;
  lt(v: unknown): CbQueryCommand;
  set(v: unknown): unknown;
}

export interface CbQueryCommand {
  and(...others: CbQueryCommand[]): CbQueryCommand;
}

const RANGE_OPS = ['$gte', '$lte', '$gt', '$lt'] as const;
type RangeOp = (typeof RANGE_OPS)[number];
const COMMAND_OF: Record<RangeOp, 'gte' | 'lte' | 'gt' | 'lt'> = { $gte: 'gte', $lte: 'lte', $gt: 'gt', $lt: 'lt' };

/** Same rule as the SQLite adapter: top-level field names only, at most 32 chars (CloudBase's limit). */
const FIELD = /^[A-Za-z_][A-Za-z0-9_]{0,31}$/;

export function checkField(name: string): string {
  if (!FIELD.test(name)) throw new Error(`bad field name ${name}`);
  return name;
}

/**
 * Returns the `where()` argument, `undefined` for an empty filter (no where at all), or
 * `null` when the filter can match nothing (an empty `$in`), so the caller can skip the read.
 * An `undefined` condition is rejected: CloudBase silently drops undefined keys, which would
 * turn a forgotten argument into "match everything".
 */
export function toCloudbaseWhere(filter: Filter, _: CbCommand): Record<string, unknown> | undefined | null {
  const out: Record<string, unknown> = {};
  let any = false;
  for (const [name, cond] of Object.entries(filter) as [string, Cond | undefined][]) {
    checkField(name);
    if (cond === undefined) throw new Error(`filter on ${name} is undefined`);
    if (cond === null) {
      out[name] = _.eq(null);
    } else if (typeof cond !== 'object') {
      out[name] = cond;
    } else if ('$in' in cond) {
      if (!Array.isArray(cond.$in)) throw new Error(`$in on ${name} needs an array`);
      if (cond.$in.length === 0) return null;
      out[name] = _.in([...cond.$in]);
    } else {
      const parts: CbQueryCommand[] = [];
      for (const op of RANGE_OPS) {
        const v = cond[op];
        if (v !== undefined) parts.push(_[COMMAND_OF[op]](v));
      }
      const unknown = Object.keys(cond).filter((k) => !(RANGE_OPS as readonly string[]).includes(k));
      if (unknown.length) throw new Error(`unsupported operator ${unknown.join(',')} on ${name}`);
      if (parts.length === 0) continue; // {} constrains nothing (as in the SQLite adapter)
      out[name] = parts.length === 1 ? parts[0] : parts[0].and(...parts.slice(1));
    }
    any = true;
  }
  return any ? out : undefined;
}
