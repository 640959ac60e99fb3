import type { DocDriver } from '../cloudfunctions/common/store/driver';

/** What a view cost the database: read calls (each `find` is one page), documents read, writes. */
export interface StoreCounts {
  reads: number;
  docs: number;
  writes: number;
}

const READS = new Set(['get', 'find', 'count']);
const PASS = new Set(['kind', 'transaction']);

/**
 * Wraps a driver and counts every call as CloudBase bills them: a `get`, a `count` and each page
 * of a `find` is one read (documents read are summed apart); any other method is a write.
 * Transactions hand the same counting wrapper to their body.
 */
export function countingStore(inner: DocDriver): { store: DocDriver; counts: StoreCounts; reset(): void } {
  const counts: StoreCounts = { reads: 0, docs: 0, writes: 0 };
  const wrap = <D extends object>(d: D): D =>
    new Proxy(d, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (typeof prop !== 'string' || typeof value !== 'function') return value;
        const fn = value as (...args: unknown[]) => Promise<unknown>;
        if (prop === 'transaction') return (body: (tx: object) => Promise<unknown>) => fn.call(target, (tx: object) => body(wrap(tx)));
        if (PASS.has(prop)) return fn.bind(target);
        return async (...args: unknown[]) => {
          const out = await fn.apply(target, args);
          if (READS.has(prop)) {
            counts.reads += 1;
            if (Array.isArray(out)) counts.docs += out.length;
            else if (prop === 'get' && out) counts.docs += 1;
          } else counts.writes += 1;
          return out;
        };
      },
    });
  return {
    store: wrap(inner),
    counts,
    reset() {
      counts.reads = 0;
      counts.docs = 0;
      counts.writes = 0;
    },
  };
}
