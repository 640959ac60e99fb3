import { returnEffect } from '../../../src/core';
import { audit } from '../audit';
import type { Ctx } from '../context';
import type { PersonDoc } from '../model';
import type { DocDriver } from '../store/driver';
import { saveLeave, type LeaveDoc } from './doc';
import { removeDaysFromRollup } from './rollup';

/**
 * 销假: called after an in-village clock-in on `day` (at `at`). Every approved leave of the person
 * whose return is due (day after its last day) closes as returned. A clock-in on a later day inside
 * an approved leave is an early return: the leave ends the day before, the unused days leave the
 * rollup. A clock-in before the leave or on its first day changes nothing. Answers the closed leaves.
 */
export async function closeLeavesOnReturn(
  ctx: Pick<Ctx, 'now' | 'person' | 'openid'>,
  store: DocDriver,
  person: PersonDoc,
  day: string,
  at: Date,
): Promise<LeaveDoc[]> {
  const approved = (await store.find('leaves', { personId: person._id, status: 'approved' })) as unknown as LeaveDoc[];
  const closed: LeaveDoc[] = [];
  for (const leave of approved) {
    const effect = returnEffect(leave, day);
    if (effect.kind === 'none') continue;
    const after: LeaveDoc = { ...leave, status: 'returned', returnedAt: at.toISOString(), returnDay: day };
    if (effect.kind === 'early') {
      Object.assign(after, { to: effect.to, days: effect.days, plannedTo: leave.to });
      await removeDaysFromRollup(store, person, leave, effect.removedDays);
    }
    await saveLeave(store, after);
    await audit(ctx, store, {
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
