import { z } from 'zod';
import { LEAVE_STATUSES, LEAVE_TYPES } from '../src/core/leave/types';

/** Leave kinds; 'official' is 公假 (official business), requested and approved the same way. */
export const LeaveType = z.enum(LEAVE_TYPES, { error: '请选择请假类型' });
export const LeaveStatus = z.enum(LEAVE_STATUSES);
export const ApproverLevel = z.enum(['township', 'county']);

/** One leave as the app shows it (the cadre's own list and the supervisor's queue). */
export const LeaveView = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  villageName: z.string(),
  type: LeaveType,
  from: z.string(),
  to: z.string(),
  /** Calendar days, both ends included. */
  days: z.number(),
  /**
   * Working days of the leave by the county's calendar; null while a year it spans has no holiday
   * schedule yet (shown as 待节假日安排公布后计算, counted once the year is entered).
   */
  workingDays: z.number().nullable(),
  reason: z.string(),
  status: LeaveStatus,
  approverLevel: ApproverLevel,
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decisionNote: z.string().nullable(),
  returnedAt: z.string().nullable(),
  returnDay: z.string().nullable(),
  /** The approved last day when the cadre came back early (then `to` is the day before the return). */
  plannedTo: z.string().nullable(),
  /** Approved, not returned, and past its last day plus the county's grace days. */
  overdue: z.boolean(),
});
export type LeaveView = z.infer<typeof LeaveView>;

/** A leave in the supervisor's queue, with whether this caller may decide it. */
/** What approving would do to the cadre's month, as the approval card says it (pending leaves only). */
export const LeaveEffectView = z.object({ month: z.string(), tone: z.enum(['ok', 'warn', 'bad']), sentence: z.string() });
export const LeaveQueueItem = LeaveView.extend({ canDecide: z.boolean(), effects: z.array(LeaveEffectView) });
export type LeaveQueueItem = z.infer<typeof LeaveQueueItem>;
