import { approverLevelFor, checkLeaveSpan, type LeaveType } from '../../../../core/leave/index';
import { addDays } from '../../../../core/time';
import { overBy, overMessage } from '../../../../components/LongText';

/** What the cadre has filled in: the start day, the number of days, the kind and the reason. */
export interface LeaveDraft {
  type: LeaveType;
  from: string;
  days: number;
  reason: string;
}

export const MIN_DAYS = 1;

/** The reason's limit (the leave.apply schema's). */
export const LEAVE_REASON_MAX = 200;

/** The last day of the leave (both ends count). */
export const draftTo = (d: LeaveDraft) => addDays(d.from, d.days - 1);

/** The sentence under the dates: the span, and who will approve it. */
export function draftSummary(d: LeaveDraft, countyApprovalAboveDays: number): string {
  const who = approverLevelFor(d.days, countyApprovalAboveDays) === 'county' ? '县级管理员审批' : '乡镇督导审批';
  return `${d.from} 至 ${draftTo(d)}，共${d.days}天，由${who}`;
}

/** The first problem with the draft, in Chinese, or null when it can be sent. */
export function draftProblem(d: LeaveDraft, today: string): string | null {
  const span = checkLeaveSpan({ from: d.from, to: draftTo(d) }, today);
  if (!span.ok) return span.message;
  if (d.reason.trim().length < 2) return '请填写请假事由（至少2个字）';
  if (overBy(d.reason, LEAVE_REASON_MAX) > 0) return overMessage(d.reason, LEAVE_REASON_MAX);
  return null;
}
