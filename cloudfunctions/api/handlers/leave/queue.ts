import { shanghaiDay, type LeaveEffect } from '../../../../src/core';
import { leaveQueue } from '../../../../types/actions/leave';
import type { LeaveQueueItem } from '../../../../types/leave';
import type { Ctx } from '../../../common/context';
import { adminCounties, canDecideLeave, supervisedTownships } from '../../../common/leave/approver';
import { leaveView, withNames, type LeaveDoc } from '../../../common/leave/doc';
import { pendingLeaveEffects } from '../../../common/leave/effects';
import { leaveWorkingDayCounter } from '../../../common/leave/working-days';
import { countyRules } from '../../../common/month';
import { callerCounty } from '../../../common/scope';
import { findAll } from '../../../common/store/driver';
import { handle } from '../../handler';

/** Leaves of one status in the caller's townships and counties (each leave once). */
async function leavesInScope(ctx: Ctx, status: LeaveDoc['status']): Promise<LeaveDoc[]> {
  const townships = supervisedTownships(ctx);
  const counties = adminCounties(ctx);
  const found = [
    ...(townships.length ? await findAll(ctx.store, 'leaves', { townshipId: { $in: townships }, status }) : []),
    ...(counties.length ? await findAll(ctx.store, 'leaves', { countyId: { $in: counties }, status }) : []),
  ];
  return withNames(ctx.store, [...new Map(found.map((l) => [l._id, l])).values()]);
}

export default handle(leaveQueue, async (ctx) => {
  const today = shanghaiDay(ctx.now);
  const rules = await countyRules(ctx.store, callerCounty(ctx));
  const workingDays = leaveWorkingDayCounter(ctx.store);
  const items = (docs: LeaveDoc[], effects = new Map<string, LeaveEffect[]>()) =>
    Promise.all(docs.map(async (l): Promise<LeaveQueueItem> => ({ ...leaveView(l, today, rules.leave.returnGraceDays, await workingDays(l)), canDecide: canDecideLeave(ctx, l), effects: effects.get(l._id) ?? [] })));
  const counties = adminCounties(ctx);
  // A county admin sees the leaves routed to the county; a township supervisor sees the township's, and
  // (read only) its long leaves waiting for the county. Each says what approving would do to the month.
  const waiting = (await leavesInScope(ctx, 'pending')).filter((l) => canDecideLeave(ctx, l) || !counties.includes(l.countyId));
  const pending = (await items(waiting, await pendingLeaveEffects(ctx.store, waiting, ctx.now))).sort((a, b) => Number(b.canDecide) - Number(a.canDecide) || a.createdAt.localeCompare(b.createdAt));
  const awaitingReturn = (await items(await leavesInScope(ctx, 'approved'))).sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.to.localeCompare(b.to));
  return { today, pending, awaitingReturn };
});
