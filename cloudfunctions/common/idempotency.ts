import type { Ctx } from './context';
import { DuplicateError } from './store/driver';

/**
 * Runs a retryable write once per (caller, action, clientRequestId): a retry answers the first
 * result and writes nothing. The result and the marker commit together in one transaction.
 */
export async function once<T>(ctx: Ctx, action: string, clientRequestId: string, run: () => Promise<T>): Promise<T> {
  const id = `${ctx.openid}:${action}:${clientRequestId}`;
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
