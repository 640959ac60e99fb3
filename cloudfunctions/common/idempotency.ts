import { boundedId } from './client-ids';
import type { Ctx } from './context';
import { StaleRead } from './read-guard';
import { DuplicateError, TransactionConflict, type DocTx } from './store/driver';

/** Markers are never taken back by an action; this bound only keeps an odd caller from making them huge. */
export const MAX_MARKER_ID_LENGTH = 160;

/** How many times a write whose read guard moved (StaleRead) reads again before giving up. */
const STALE_READ_ATTEMPTS = 5;

/**
 * A retryable write in two steps:
 *   - `read`: queries and checks, on `ctx.store`, before the transaction. Skipped when the request
 *     already ran. Not isolated by itself: what it read may change before `write` commits.
 *   - `write`: every write, through `tx` (document operations by id only: get/insert/put/update/
 *     remove), committed in ONE transaction with the request's marker. It may run more than once
 *     (a write conflict re-runs it), so it has no side effects outside `tx`; a call on `ctx.store`
 *     from inside it throws (InTransactionError). When a check in `read` must hold at commit (no
 *     overlapping leave), guard it (`read-guard.ts`): a concurrent writer makes the write throw
 *     StaleRead, and `read` runs again.
 */
export interface OnceSteps<R, T> {
  read: () => Promise<R>;
  write: (tx: DocTx, read: R) => Promise<T>;
}

type OnceRun<R, T> = ((tx: DocTx) => Promise<T>) | OnceSteps<R, T>;

/**
 * Runs a retryable write once per (caller, action, clientRequestId): a retry answers the first
 * result and writes nothing. The handler's writes and the marker (holding the result) commit
 * together or not at all, on every store: a handler that throws after its first write leaves
 * nothing behind, and its retry runs afresh.
 *
 * Any number of concurrent identical requests all answer the same result and store one record:
 * the marker is read again inside the transaction (SQLite runs transactions one after the other,
 * so a later one sees the first one's marker); on CloudBase two transactions writing the same
 * documents conflict, the loser runs again and then sees the marker. A DuplicateError or an
 * exhausted conflict with the marker there afterwards also answers the first result.
 */
export async function once<T, R = undefined>(ctx: Ctx, action: string, clientRequestId: string, run: OnceRun<R, T>): Promise<T> {
  const id = boundedId(`${ctx.openid}:${action}:${clientRequestId}`, MAX_MARKER_ID_LENGTH);
  const seen = await ctx.store.get('requests', id);
  if (seen) return seen.result as T;
  const steps: OnceSteps<R, T> =
    typeof run === 'function' ? { read: async () => undefined as R, write: (tx) => run(tx) } : run;
  for (let attempt = 1; ; attempt++) {
    const read = await steps.read();
    try {
      return await ctx.store.transaction(async (tx) => {
        const first = await tx.get('requests', id);
        if (first) return first.result as T;
        const result = await steps.write(tx, read);
        await tx.insert('requests', { _id: id, at: ctx.now.toISOString(), action, result: result as unknown });
        return result;
      });
    } catch (e) {
      // A read guard moved under the read step (a concurrent writer to the same set): read again.
      if (e instanceof StaleRead && attempt < STALE_READ_ATTEMPTS) continue;
      if (e instanceof DuplicateError || e instanceof TransactionConflict || e instanceof StaleRead) {
        const first = await ctx.store.get('requests', id);
        if (first) return first.result as T;
      }
      throw e;
    }
  }
}
