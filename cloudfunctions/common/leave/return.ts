import { returnEffect } from '../../../src/core';
import { audit } from '../audit';
import type { Ctx } from '../context';
import type { PersonDoc } from '../model';
import type { DocDriver, DocTx } from '../store/driver';
import { getLeave, saveLeave, type LeaveDoc } from './doc';
import { removeDaysFromRollup } from './rollup';

/**
 * The person's approved leaves: read before the clock-in's transaction, for closeLeavesOnReturn.
 * Through the personId index: one person's leaves, never the county's approved ones.
 */
export async function approvedLeaves(store: DocDriver, personId: string): Promise<LeaveDoc[]> {
  return store.find('leaves', { personId, status: 'approved' });
}

/**
 * 销假: called in the transaction of an in-village clock-in on `day` (at `at`), with the person's
 * approved leaves read before it. Every approved leave whose return is due (day after its last
 * day) closes as returned. A clock-in on a later day inside an approved leave is an early return:
 * the leave ends the day before, the unused days leave the rollup. A clock-in before the leave or
 * on its first day changes nothing. Each leave is read again in the transaction, so one decided or
 * closed meanwhile is left alone. Answers the closed leaves.
 */
export async function closeLeavesOnReturn(
  ctx: Pick<Ctx, 'now' | 'person' | 'openid'>,
  tx: DocTx,
  person: PersonDoc,
  day: string,
  at: Date,
  approved: readonly LeaveDoc[],
): Promise<LeaveDoc[]> {
  const closed: LeaveDoc[] = [];
  for (const seen of approved) {
    const leave = await getLeave(tx, seen._id);
    if (!leave || leave.status !== 'approved') continue;
    const effect = returnEffect(leave, day);
    if (effect.kind === 'none') continue;
    const after: LeaveDoc = { ...leave, status: 'returned', returnedAt: at.toISOString(), returnDay: day };
    if (effect.kind === 'early') {
      Object.assign(after, { to: effect.to, days: effect.days, plannedTo: leave.to });
      await removeDaysFromRollup(tx, person, leave, effect.removedDays);
    }
    await saveLeave(tx, after);
    await audit(ctx, tx, {
      countyId: leave.countyId,
      entity: 'leave',
      entityId: leave._id,
      action: effect.kind === 'early' ? 'return-early' : 'return',
      before: { status: leave.status, to: leave.to, days: leave.days },
      after: { status: after.status, to: after.to, days: after.days, returnDay: day },
    });
    closed.push(after);
  }
  return closed;
}
