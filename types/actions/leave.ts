import { z } from 'zod';
import { defineAction } from '../action';
import { ClientRequestId, Day, Id } from '../common';
import { LeaveQueueItem, LeaveType, LeaveView } from '../leave';
import { CADRE_ROLES } from '../roles';

const APPROVER_ROLES = ['township_supervisor', 'county_admin'] as const;

/** A cadre asks for leave (or 公假); routed by length to the township supervisor or the county admin. */
export const leaveApply = defineAction(
  'leave.apply',
  CADRE_ROLES,
  z
    .object({
      type: LeaveType,
      from: Day,
      to: Day,
      reason: z.string({ error: '请填写请假事由' }).trim().min(2, '请假事由至少2个字').max(200, '请假事由不超过200字'),
      clientRequestId: ClientRequestId,
    })
    .strict(),
  LeaveView,
);

/** The cadre withdraws their own leave while it is still pending. */
export const leaveCancel = defineAction('leave.cancel', CADRE_ROLES, z.object({ leaveId: Id }).strict(), LeaveView);

/** Approve or reject a pending leave: only the routed level, within scope; audited. A rejection needs a note. */
export const leaveDecide = defineAction(
  'leave.decide',
  APPROVER_ROLES,
  z
    .object({
      leaveId: Id,
      decision: z.enum(['approve', 'reject'], { error: '请选择批准或不批准' }),
      note: z.string().trim().max(200, '审批意见不超过200字').optional(),
    })
    .strict()
    .refine((v) => v.decision === 'approve' || (v.note ?? '').length >= 2, { message: '不批准时请写明理由（至少2个字）', path: ['note'] }),
  LeaveView,
);

/** The caller's own leaves, newest first, with the county's leave settings. */
export const leaveMine = defineAction(
  'leave.mine',
  CADRE_ROLES,
  z.object({}).strict(),
  z.object({
    today: z.string(),
    countyApprovalAboveDays: z.number(),
    returnGraceDays: z.number(),
    leaves: z.array(LeaveView),
  }),
);

/** The approver's queue: pending leaves in scope, and approved leaves awaiting return (overdue ones marked). */
export const leaveQueue = defineAction(
  'leave.queue',
  APPROVER_ROLES,
  z.object({}).strict(),
  z.object({
    today: z.string(),
    pending: z.array(LeaveQueueItem),
    awaitingReturn: z.array(LeaveQueueItem),
  }),
);
