import type { Day, Month } from '../time';

/** Leave kinds. 'official' is 公假 (official business: county meetings, training), requested and approved like leave. */
export const LEAVE_TYPES = ['personal', 'sick', 'annual', 'marriage-funeral', 'official'] as const;
export type LeaveType = (typeof LEAVE_TYPES)[number];

/** Chinese names shown to users. */
export const LEAVE_TYPE_LABELS: Record<LeaveType, string> = {
  personal: '事假',
  sick: '病假',
  annual: '年休假',
  'marriage-funeral': '婚丧假',
  official: '公假',
};

export const LEAVE_STATUSES = ['pending', 'approved', 'rejected', 'cancelled', 'returned'] as const;
export type LeaveStatus = (typeof LEAVE_STATUSES)[number];

export const LEAVE_STATUS_LABELS: Record<LeaveStatus, string> = {
  pending: '待审批',
  approved: '已批准',
  rejected: '未批准',
  cancelled: '已撤回',
  returned: '已销假',
};

/** Who decides a leave. */
export type ApproverLevel = 'township' | 'county';

/** The part of a leave the pure rules need: an inclusive span of Shanghai days. */
export interface LeaveSpan {
  from: Day;
  to: Day;
}

/** What isReturnOverdue needs from a stored leave. */
export interface LeaveReturnState extends LeaveSpan {
  status: LeaveStatus;
  returnedAt: string | null;
}

/** Days of a leave falling in one month. */
export interface LeaveMonthPart {
  month: Month;
  days: Day[];
}
