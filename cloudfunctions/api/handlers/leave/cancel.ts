import { LEAVE_STATUS_LABELS, shanghaiDay } from '../../../../src/core';
import { leaveCancel } from '../../../../types/actions/leave';
import { audit } from '../../../common/audit';
import { fail } from '../../../common/errors';
import { getLeave, leaveView, saveLeave, type LeaveDoc } from '../../../common/leave/doc';
import { leaveApprovers, withdrawLeaveRequest } from '../../../common/leave/notices';
import { leaveWorkingDays } from '../../../common/leave/working-days';
import { countyRules } from '../../../common/month';
import { handle } from '../../handler';

export default handle(leaveCancel, async (ctx, { leaveId }) => {
  const me = ctx.person!;
  const leave = await getLeave(ctx.store, leaveId);
  if (!leave) return fail('NOT_FOUND', '没有找到这条请假。');
  if (leave.personId !== me._id) return fail('FORBIDDEN', '只能撤回自己的请假。');
  const rules = await countyRules(ctx.store, leave.countyId);
  const today = shanghaiDay(ctx.now);
  // A retry of a cancel that already went through answers the same leave.
  if (leave.status === 'cancelled') return leaveView(leave, today, rules.leave.returnGraceDays, await leaveWorkingDays(ctx.store, leave));
  if (leave.status !== 'pending') {
    const hint = leave.status === 'approved' ? '提前回村的，在村里打卡即自动销假。' : '';
    return fail('CONFLICT', `这条请假${LEAVE_STATUS_LABELS[leave.status]}，不能再撤回。${hint}`);
  }
  const after: LeaveDoc = { ...leave, status: 'cancelled' };
  const approvers = await leaveApprovers(ctx.store, leave);
  await ctx.store.transaction(async (tx) => {
    await saveLeave(tx, after);
    await withdrawLeaveRequest(tx, ctx.now, leave, approvers); // the approvers' 消息 says 已撤回, nothing left to do
    await audit(ctx, tx, { countyId: leave.countyId, entity: 'leave', entityId: leave._id, action: 'cancel', before: { status: leave.status }, after: { status: after.status } });
  });
  return leaveView(after, today, rules.leave.returnGraceDays, await leaveWorkingDays(ctx.store, after));
});
