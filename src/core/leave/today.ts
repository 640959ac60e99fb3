import type { Day } from '../time';
import { isReturnOverdue } from './rules';
import type { LeaveReturnState, LeaveType } from './types';

/** What the cadre home needs from one of the cadre's own leaves. */
export interface OwnLeave extends LeaveReturnState {
  type: LeaveType;
}

/** The cadre's leave situation today; each part null when it does not apply. */
export interface LeaveToday<T extends OwnLeave = OwnLeave> {
  /** An approved leave covering today, not yet ended by a return. */
  onLeave: T | null;
  /** The earliest pending leave that is not over yet. */
  pending: T | null;
  /** An approved leave whose return is overdue (the oldest one). */
  overdue: T | null;
}

/** Sorts the cadre's own leaves into today's situation (days are Shanghai days). */
export function leaveToday<T extends OwnLeave>(leaves: readonly T[], today: Day, graceDays: number): LeaveToday<T> {
  const byFrom = [...leaves].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return {
    onLeave: byFrom.find((l) => l.status === 'approved' && !l.returnedAt && l.from <= today && today <= l.to) ?? null,
    pending: byFrom.find((l) => l.status === 'pending' && l.to >= today) ?? null,
    overdue: byFrom.find((l) => isReturnOverdue(l, today, graceDays)) ?? null,
  };
}
