import { addDays, daysBetween, isValidDay, monthOf, type Day } from '../time';
import type { ApproverLevel, LeaveMonthPart, LeaveReturnState, LeaveSpan, LeaveStatus } from './types';

/** A single leave may not cover more calendar days than this (longer absences mean a replacement, not leave). */
export const MAX_LEAVE_DAYS = 90;
/** A leave may start at most this many days before today (late sick-leave paperwork), no earlier. */
export const MAX_LEAVE_PAST_DAYS = 30;
/** A leave may start at most this many days after today. */
export const MAX_LEAVE_AHEAD_DAYS = 180;

/** Statuses that hold the days: a new leave may not overlap them. */
export const BLOCKING_STATUSES: readonly LeaveStatus[] = ['pending', 'approved', 'returned'];

/** Calendar days of a leave, both ends included (from = to is one day). */
export function leaveDayCount(span: LeaveSpan): number {
  return daysBetween(span.from, span.to) + 1;
}

/** Every day of the leave, in order. */
export function leaveDays(span: LeaveSpan): Day[] {
  const n = leaveDayCount(span);
  const out: Day[] = [];
  for (let i = 0; i < n; i += 1) out.push(addDays(span.from, i));
  return out;
}

/** The leave's days grouped by month; a leave spanning months counts in each, in order. */
export function leaveDaysByMonth(span: LeaveSpan): LeaveMonthPart[] {
  const parts: LeaveMonthPart[] = [];
  for (const day of leaveDays(span)) {
    const month = monthOf(day);
    const last = parts[parts.length - 1];
    if (last && last.month === month) last.days.push(day);
    else parts.push({ month, days: [day] });
  }
  return parts;
}

/** The leave's days within one month (empty when it does not touch the month). */
export function leaveDaysInMonth(span: LeaveSpan, month: string): Day[] {
  return leaveDaysByMonth(span).find((p) => p.month === month)?.days ?? [];
}

/** True when the two spans share at least one day. */
export function spansOverlap(a: LeaveSpan, b: LeaveSpan): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/** The first existing leave that holds a day of the candidate span, if any (cancelled/rejected ones never block). */
export function findOverlap<T extends LeaveSpan & { status: LeaveStatus }>(candidate: LeaveSpan, existing: T[]): T | undefined {
  return existing.find((l) => BLOCKING_STATUSES.includes(l.status) && spansOverlap(candidate, l));
}

/** Who approves a leave of this many days: up to countyApprovalAboveDays the township supervisor, longer the county. */
export function approverLevelFor(days: number, countyApprovalAboveDays: number): ApproverLevel {
  return days > countyApprovalAboveDays ? 'county' : 'township';
}

/**
 * A return is overdue when the leave is approved, nobody has returned and today is past
 * the leave's last day plus the grace days (grace 1: a leave ending on the 10th is overdue from the 12th).
 */
export function isReturnOverdue(leave: LeaveReturnState, today: Day, graceDays: number): boolean {
  if (leave.status !== 'approved' || leave.returnedAt) return false;
  return today > addDays(leave.to, Math.max(0, Math.floor(graceDays)));
}

/** The first day the cadre is expected back in the village. */
export function returnDueDay(span: LeaveSpan): Day {
  return addDays(span.to, 1);
}

export type LeaveSpanCheck = { ok: true; days: number } | { ok: false; message: string };

/** Validates a requested span against today: real days, to ≥ from, not absurdly long, not too far back or ahead. */
export function checkLeaveSpan(span: LeaveSpan, today: Day): LeaveSpanCheck {
  if (!isValidDay(span.from)) return { ok: false, message: `开始日期无效：${span.from}` };
  if (!isValidDay(span.to)) return { ok: false, message: `结束日期无效：${span.to}` };
  if (span.to < span.from) return { ok: false, message: '结束日期不能早于开始日期' };
  const days = leaveDayCount(span);
  if (days > MAX_LEAVE_DAYS) return { ok: false, message: `一次请假不能超过${MAX_LEAVE_DAYS}天` };
  if (span.from < addDays(today, -MAX_LEAVE_PAST_DAYS)) {
    return { ok: false, message: `开始日期不能早于${MAX_LEAVE_PAST_DAYS}天前` };
  }
  if (span.from > addDays(today, MAX_LEAVE_AHEAD_DAYS)) {
    return { ok: false, message: `开始日期不能晚于${MAX_LEAVE_AHEAD_DAYS}天后` };
  }
  return { ok: true, days };
}

/** What an in-village clock-in on a day does to an approved leave. */
export type ReturnEffect =
  | { kind: 'none' }
  | { kind: 'due' }
  | { kind: 'early'; to: Day; days: number; removedDays: Day[] };

/**
 * An in-village clock-in on `day` against an approved leave:
 * - before the leave or on its first day: nothing (the cadre may work the morning before leaving);
 * - on a later day within the leave: early return, the leave ends the day before and the rest is removed;
 * - after the leave's last day: the return is due and the leave closes.
 */
export function returnEffect(span: LeaveSpan, day: Day): ReturnEffect {
  if (day <= span.from) return { kind: 'none' };
  if (day > span.to) return { kind: 'due' };
  const to = addDays(day, -1);
  return { kind: 'early', to, days: leaveDayCount({ from: span.from, to }), removedDays: leaveDays({ from: day, to: span.to }) };
}
