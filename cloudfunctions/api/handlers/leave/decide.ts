import { LEAVE_STATUS_LABELS, shanghaiDay } from '../../../../src/core';
import { leaveDecide } from '../../../../types/actions/leave';
import { audit } from '../../../common/audit';
import { fail } from '../../../common/errors';
import { canDecideLeave, canSeeLeave } from '../../../common/leave/approver';
import { getLeave, leaveView, saveLeave, type LeaveDoc } from '../../../common/leave/doc';
import { pushLeaveNotices, queueLeaveDecision } from '../../../common/leave/notices';
import { addLeaveToRollup } from '../../../common/leave/rollup';
import { leaveWorkingDays } from '../../../common/leave/working-days';
import { countyRules } from '../../../common/month';
import { handle } from '../../handler';

export default handle(leaveDecide, async (ctx, { leaveId, decision, note }) => {
  const me = ctx.person!;
  const leave = await getLeave(ctx.store, leaveId);
  if (!leave) return fail('NOT_FOUND', '没有找到这条请假。');
  if (!canSeeLeave(ctx, leave)) return fail('OUT_OF_SCOPE', '这条请假不在您负责的乡镇或县，不能审批。');
  const rules = await countyRules(ctx.store, leave.countyId);
  if (!canDecideLeave(ctx, leave)) {
    return fail(
      'FORBIDDEN',
      leave.approverLevel === 'county'
        ? `这条请假${leave.days}天，超过${rules.leave.countyApprovalAboveDays}天，应由县级管理员审批。`
        : `这条请假${leave.days}天，应由所在乡镇的督导审批。`,
    );
  }
  const today = shanghaiDay(ctx.now);
  const status = decision === 'approve' ? 'approved' : 'rejected';
  if (leave.status !== 'pending') {
    // A retry of the same decision answers the leave as it is; anything else is refused.
    if (leave.decidedBy === me._id && leave.status === status) return leaveView(leave, today, rules.leave.returnGraceDays, await leaveWorkingDays(ctx.store, leave));
    return fail('CONFLICT', `这条请假${LEAVE_STATUS_LABELS[leave.status]}，不能再审批。`);
  }
  const cadre = await ctx.store.get('people', leave.personId);
  if (!cadre) return fail('NOT_FOUND', '没有找到请假人。');
  const after: LeaveDoc = {
    ...leave,
    status,
    decidedAt: ctx.now.toISOString(),
    decidedBy: me._id,
    decidedByName: me.name,
    decisionNote: note || null,
  };
  const notices = await ctx.store.transaction(async (tx) => {
    // Two approvers at once: only the first decision lands.
    if ((await getLeave(tx, leave._id))?.status !== 'pending') return fail('CONFLICT', '这条请假刚刚已被处理，请刷新后再看。');
    await saveLeave(tx, after);
    if (status === 'approved') await addLeaveToRollup(tx, cadre, after);
    await audit(ctx, tx, {
      countyId: leave.countyId,
      entity: 'leave',
      entityId: leave._id,
      action: decision,
      before: { status: leave.status },
      after: { status, from: leave.from, to: leave.to, days: leave.days, type: leave.type },
      note,
    });
    // The cadre's 消息 commits with the decision: a retry finds the leave decided and writes nothing.
    return queueLeaveDecision(tx, ctx.now, rules, after);
  });
  await pushLeaveNotices(ctx, notices);
  return leaveView(after, today, rules.leave.returnGraceDays, await leaveWorkingDays(ctx.store, after));
});
