import type { DocDriver, DocTx } from './store/driver';

/**
 * Queries cannot run inside a transaction (CloudBase takes document operations only), so a check
 * made on a query before the transaction ("no other leave overlaps these dates") could be
 * overtaken by a concurrent writer. A read guard closes that gap: a small version document per
 * guarded set (`guards`, e.g. `leaves:<personId>`). The read step notes its version; the write
 * step, inside the transaction, checks it is unchanged and bumps it. Two writers racing on one set
 * therefore write the same document: on SQLite the second transaction sees the bumped version,
 * on CloudBase the two transactions conflict and the one re-run sees it. Either way the loser
 * throws StaleRead, and `once()` runs its read step again, now seeing the winner's write.
 */
export interface GuardDoc {
  _id: string;
  v: number;
}

/** The guard of a set changed between the read step and the transaction: read again. */
export class StaleRead extends Error {
  constructor(public guardId: string) {
    super(`stale read: ${guardId} changed since it was read`);
  }
}

/** The guard's version as the read step sees it (0 before the first guarded write). */
export async function readGuard(store: DocDriver, guardId: string): Promise<number> {
  return (await store.get('guards', guardId))?.v ?? 0;
}

/** Inside the transaction: throws StaleRead when the guard moved since `seen`, else bumps it. */
export async function bumpGuard(tx: DocTx, guardId: string, seen: number): Promise<void> {
  const now = (await tx.get('guards', guardId))?.v ?? 0;
  if (now !== seen) throw new StaleRead(guardId);
  await tx.put('guards', { _id: guardId, v: now + 1 });
}

/** The guard of one cadre's leaves: every new leave request checks its dates under it. */
export const leaveGuardId = (personId: string) => `leaves:${personId}`;

/**
 * The guard of a county's month as grades see it: a calendar change and a grade confirmation of
 * the same month never both land on what the other changed (a grade is proposed from the calendar,
 * and a month with a confirmed grade takes no more calendar changes).
 */
export const monthGuardId = (countyId: string, month: string) => `month:${countyId}:${month}`;

/** A WeChat identity's claim on the roster person it was bound to (one person per identity). */
export const bindGuardId = (openid: string) => `bind:${openid}`;
