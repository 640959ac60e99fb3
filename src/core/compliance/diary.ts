import { addDays, dayStart, dayStartTime, type Day } from '../time';
import { daysInMonth } from './days';
import { dayList } from './format';
import type { DiaryResult, MonthContext, PersonMonthRecord, RuleResult } from './types';

const HOUR_MS = 60 * 60 * 1000;

/**
 * The last instant (exclusive) a diary for the day counts as on time:
 * midnight after the day plus graceHours (0 → by 23:59:59 the same day).
 */
export function diaryDeadline(day: Day, graceHours: number): Date {
  return new Date(deadlineTime(day, graceHours));
}

/** diaryDeadline in epoch milliseconds. */
function deadlineTime(day: Day, graceHours: number): number {
  return dayStartTime(addDays(day, 1)) + graceHours * HOUR_MS;
}

/** Earliest valid writing instant per day; entries saved before their day began are ignored. */
function firstWritten(person: PersonMonthRecord): Map<Day, number> {
  const out = new Map<Day, number>();
  for (const e of person.diaries) {
    const t = Date.parse(e.writtenAt);
    if (Number.isNaN(t) || t < dayStartTime(e.day)) continue;
    const prev = out.get(e.day);
    if (prev === undefined || t < prev) out.set(e.day, t);
  }
  return out;
}

/**
 * Diary rule: a diary is due on every day the cadre clocked in or did field work,
 * written by the deadline (see diaryDeadline). A day with no diary is missing only
 * once its deadline has passed (`ctx.now`, default start of `ctx.today`).
 */
export function diaryCompliance(person: PersonMonthRecord, ctx: MonthContext): DiaryResult {
  const now = (ctx.now ?? dayStart(ctx.today)).getTime();
  const grace = ctx.config.diary.graceHours;
  const written = firstWritten(person);
  const due = daysInMonth([...person.presentDays, ...person.fieldDays], ctx.calendar).filter((d) => d <= ctx.today);
  const result: DiaryResult = { requiredDays: [], missingDays: [], lateDays: [], onTimeDays: [] };
  for (const day of due) {
    const deadline = deadlineTime(day, grace);
    const t = written.get(day);
    if (t === undefined) {
      if (deadline <= now) {
        result.requiredDays.push(day);
        result.missingDays.push(day);
      }
      continue;
    }
    result.requiredDays.push(day);
    (t < deadline ? result.onTimeDays : result.lateDays).push(day);
  }
  return result;
}

/** The diary rule's verdict. */
export function diaryRule(diary: DiaryResult, ctx: MonthContext, closed: boolean): RuleResult {
  const defects = diary.missingDays.length + diary.lateDays.length;
  const parts: string[] = [];
  if (diary.missingDays.length > 0) parts.push(`日志缺${diary.missingDays.length}天（${dayList(diary.missingDays)}）`);
  if (diary.lateDays.length > 0) parts.push(`日志补写${diary.lateDays.length}天（${dayList(diary.lateDays)}）`);
  if (defects > ctx.config.diary.allowedDefects) return { rule: 'diary', status: 'fail', reason: parts.join('，') };
  const due = diary.requiredDays.length;
  const reason = defects > 0 ? `${parts.join('，')}，在允许范围内` : due === 0 ? '还没有要写日志的日子（在村、外勤的日子才要写）' : `应写日志${due}天，都按时填写`;
  return { rule: 'diary', status: closed ? 'pass' : 'pending', reason };
}
