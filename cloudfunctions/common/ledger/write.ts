import type { Ctx } from '../context';
import { audit } from '../audit';
import type { DocTx } from '../store/driver';
import type { ProblemDoc } from './docs';

type Action = 'edit' | 'submit' | 'return' | 'close';

/** What a transaction offers on every backend: document operations by id, no queries. */
export type TxStore = DocTx;

/**
 * Writes a change of a problem with its history line and the audit record, in one transaction,
 * and only if the problem is still in the status the caller saw (two reviewers at once: the first wins).
 * Answers false when someone else changed it first. `extra` writes by id only (no queries).
 */
export async function changeProblem(
  ctx: Ctx,
  p: ProblemDoc,
  action: Action,
  patch: Partial<ProblemDoc>,
  note: string | null,
  extra?: (tx: TxStore) => Promise<void>,
): Promise<boolean> {
  const at = ctx.now.toISOString();
  const line = { at, by: ctx.person?._id ?? '', byName: ctx.person?.name ?? '', action, note };
  return ctx.store.transaction(async (tx) => {
    const current = await tx.get('problems', p._id);
    if (!current || current.status !== p.status || (current.submissionNo ?? 0) !== (p.submissionNo ?? 0)) return false;
    await tx.update('problems', p._id, { ...patch, history: [...(current.history ?? []), line] });
    const before = Object.fromEntries((Object.keys(patch) as (keyof ProblemDoc)[]).map((k) => [k, current[k] ?? null]));
    await audit(ctx, tx, { countyId: p.countyId, entity: 'problem', entityId: p._id, action, before, after: patch, note: note ?? undefined });
    if (extra) await extra(tx);
    return true;
  });
}
