import { boundedId } from './client-ids';
import type { Ctx } from './context';
import { DuplicateError } from './store/driver';

/** Markers are never taken back by an action; this bound only keeps an odd caller from making them huge. */
export const MAX_MARKER_ID_LENGTH = 160;

/**
 * Runs a retryable write once per (caller, action, clientRequestId): a retry answers the first
 * result and writes nothing. The result and the marker commit together in one transaction.
 */
export async function once<T>(ctx: Ctx, action: string, clientRequestId: string, run: () => Promise<T>): Promise<T> {
  const id = boundedId(`${ctx.openid}:${action}:${clientRequestId}`, MAX_MARKER_ID_LENGTH);
  const seen = await ctx.store.get('requests', id);
  if (seen) return seen.result as T;
  try {
    return await ctx.store.transaction(async (tx) => {
      const result = await run();
      await tx.insert('requests', { _id: id, at: ctx.now.toISOString(), result: result as unknown });
      return result;
    });
  } catch (e) {
    if (e instanceof DuplicateError && e.coll === 'requests') {
      const first = await ctx.store.get('requests', id);
      if (first) return first.result as T;
    }
    throw e;
  }
}
