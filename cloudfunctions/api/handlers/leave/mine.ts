import { shanghaiDay } from '../../../../src/core';
import { leaveMine } from '../../../../types/actions/leave';
import { byNewest, leaveView, withNames, type LeaveDoc } from '../../../common/leave/doc';
import { leaveWorkingDayCounter } from '../../../common/leave/working-days';
import { countyRules } from '../../../common/month';
import { findAll } from '../../../common/store/driver';
import { handle } from '../../handler';

export default handle(leaveMine, async (ctx) => {
  const me = ctx.person!;
  const today = shanghaiDay(ctx.now);
  const rules = await countyRules(ctx.store, me.countyId);
  const docs = await withNames(ctx.store, (await findAll(ctx.store, 'leaves', { personId: me._id })) as unknown as LeaveDoc[]);
  const workingDays = leaveWorkingDayCounter(ctx.store);
  const sorted = docs.sort(byNewest);
  const counts = await Promise.all(sorted.map(workingDays));
  return {
    today,
    countyApprovalAboveDays: rules.leave.countyApprovalAboveDays,
    returnGraceDays: rules.leave.returnGraceDays,
    leaves: sorted.map((d, i) => leaveView(d, today, rules.leave.returnGraceDays, counts[i])),
  };
});
