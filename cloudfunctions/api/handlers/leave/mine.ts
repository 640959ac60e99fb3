import { shanghaiDay } from '../../../../src/core';
import { leaveMine } from '../../../../types/actions/leave';
import { byNewest, leaveView, personLeaves, withNames } from '../../../common/leave/doc';
import { leaveWorkingDayCounter } from '../../../common/leave/working-days';
import { countyRules } from '../../../common/month';
import { handle } from '../../handler';

export default handle(leaveMine, async (ctx) => {
  const me = ctx.person!;
  const today = shanghaiDay(ctx.now);
  const rules = await countyRules(ctx.store, me.countyId);
  const docs = await withNames(ctx.store, await personLeaves(ctx.store, me._id));
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
