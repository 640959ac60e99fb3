import { approverLevelFor, checkLeaveSpan, findOverlap, LEAVE_STATUS_LABELS, LEAVE_TYPE_LABELS, shanghaiDay } from '../../../../src/core';
import { leaveApply } from '../../../../types/actions/leave';
import { fail } from '../../../common/errors';
import { once } from '../../../common/idempotency';
import type { MessageDoc } from '../../../common/delivery/messages';
import { leaveId, leaveView, personLeaves, type LeaveDoc } from '../../../common/leave/doc';
import { leaveApprovers, pushLeaveNotices, queueLeaveRequest } from '../../../common/leave/notices';
import { leaveWorkingDays } from '../../../common/leave/working-days';
import { countyRules } from '../../../common/month';
import { bumpGuard, leaveGuardId, readGuard } from '../../../common/read-guard';
import { loadVillage } from '../../../common/scope';
import { handle } from '../../handler';

export default handle(leaveApply, async (ctx, input) => {
  const me = ctx.person!;
  if (!me.villageId) return fail('NOT_FOUND', '您还没有驻村安排，请联系县委组织部。');
  const today = shanghaiDay(ctx.now);
  const rules = await countyRules(ctx.store, me.countyId);
  let notices: MessageDoc[] = [];
  const id = leaveId(me._id, input.clientRequestId);
  const result = await once(ctx, 'leave.apply', input.clientRequestId, {
    // Reads first (queries cannot run in a transaction): my leaves, the village, who approves.
    read: async () => {
      const span = checkLeaveSpan(input, today);
      if (!span.ok) return fail('VALIDATION', span.message, [{ path: 'to', message: span.message }]);
      // The overlap check must still hold at commit: a concurrent request of mine moves the guard.
      const guard = await readGuard(ctx.store, leaveGuardId(me._id));
      const mine = await personLeaves(ctx.store, me._id);
      const clash = findOverlap(input, mine.filter((l) => l._id !== id));
      if (clash) {
        return fail(
          'CONFLICT',
          `与您${clash.from}至${clash.to}的${LEAVE_TYPE_LABELS[clash.type]}（${LEAVE_STATUS_LABELS[clash.status]}）日期重叠，请调整日期。`,
        );
      }
      const village = await loadVillage(ctx, me.villageId!);
      const approverLevel = approverLevelFor(span.days, rules.leave.countyApprovalAboveDays);
      const approvers = await leaveApprovers(ctx.store, { countyId: me.countyId, townshipId: village.townshipId, approverLevel });
      const workingDays = await leaveWorkingDays(ctx.store, { countyId: me.countyId, from: input.from, to: input.to });
      return { days: span.days, village, approverLevel, approvers, workingDays, guard };
    },
    // Then the leave and the approvers' 消息, with the request's marker: a retry writes neither again.
    write: async (tx, { days, village, approverLevel, approvers, workingDays, guard }) => {
      await bumpGuard(tx, leaveGuardId(me._id), guard);
      const doc: LeaveDoc = {
        _id: id,
        personId: me._id,
        personName: me.name,
        villageId: village._id,
        villageName: village.name,
        townshipId: village.townshipId,
        countyId: me.countyId,
        type: input.type,
        from: input.from,
        to: input.to,
        days,
        reason: input.reason,
        status: 'pending',
        approverLevel,
        createdAt: ctx.now.toISOString(),
        decidedAt: null,
        decidedBy: null,
        decidedByName: null,
        decisionNote: null,
        returnedAt: null,
        returnDay: null,
        plannedTo: null,
      };
      await tx.insert('leaves', doc);
      notices = await queueLeaveRequest(tx, ctx.now, rules, doc, approvers);
      // A leave running into a year without its holiday schedule is accepted; its working days wait.
      return leaveView(doc, today, rules.leave.returnGraceDays, workingDays);
    },
  });
  await pushLeaveNotices(ctx, notices);
  return result;
});
