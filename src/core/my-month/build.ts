import { isWorkingKind } from '../calendar/types';
import { isStationed } from '../compliance/days';
import { diaryDeadline } from '../compliance/diary';
import { personMonthCompliance } from '../compliance/presence';
import { presenceProjection } from '../compliance/projection';
import { creditBreakdown } from '../compliance/credit';
import { monthVerdict } from '../compliance/verdict';
import { dayStart, daysOfMonth, type Day } from '../time';
import type { MonthContext, PersonMonthRecord } from '../compliance/types';
import type { CalendarDay } from '../calendar/types';
import type {
  MyDayStatus,
  MyDiaryStatus,
  MyMonth,
  MyMonthDay,
  MyMonthInput,
  MyMonthLeave,
  PendingMonth,
  PendingMonthInput,
} from './types';

export const DAY_LABELS: Record<MyDayStatus, string> = {
  present: '在村',
  field: '外勤',
  official: '公假',
  leave: '请假',
  'leave-pending': '待批',
  absent: '缺勤',
  rest: '休息',
  today: '今天',
  upcoming: '',
  'off-post': '未驻村',
  unjudged: '',
};

/** What the day builders read of the month context (no calendar needed). */
type DayCtx = Pick<MonthContext, 'today' | 'config' | 'now'>;

const covers = (l: MyMonthLeave, d: Day) => l.from <= d && d <= l.to;
const granted = (l: MyMonthLeave) => l.status === 'approved' || l.status === 'returned';

/**
 * The rollup's leave and official-business days, plus the days of granted leaves (the leaves
 * collection is the source of truth for a leave's type and span), so the day view and the
 * absence count agree.
 */
function withGrantedLeaves(record: PersonMonthRecord, leaves: readonly MyMonthLeave[], dates: readonly Day[]): PersonMonthRecord {
  const leaveDays = new Set(record.leaveDays);
  const officialDays = new Set(record.officialDays);
  for (const l of leaves.filter(granted)) {
    for (const date of dates) if (covers(l, date)) (l.type === 'official' ? officialDays : leaveDays).add(date);
  }
  return { ...record, leaveDays: [...leaveDays].sort(), officialDays: [...officialDays].sort() };
}

/**
 * The one word for a day; presence first, then field work, official business, leave. `working` is
 * null when the year's holiday schedule is unknown: a past day with no record is then not judged.
 */
function statusOf(record: PersonMonthRecord, ctx: DayCtx, date: Day, working: boolean | null, leaves: MyMonthLeave[]): MyDayStatus {
  if (record.presentDays.includes(date)) return 'present';
  if (!isStationed(record, date)) return 'off-post';
  if (record.fieldDays.includes(date)) return 'field';
  if (record.officialDays.includes(date)) return 'official';
  if (record.leaveDays.includes(date)) return 'leave';
  if (leaves.some((l) => l.status === 'pending')) return 'leave-pending';
  if (date > ctx.today) return 'upcoming';
  if (working === null) return date === ctx.today ? 'today' : 'unjudged';
  if (!working) return 'rest';
  return date === ctx.today ? 'today' : 'absent';
}

/** On time before the deadline (the day plus the county's grace hours); missing once it passed. */
function diaryOf(record: PersonMonthRecord, ctx: DayCtx, date: Day, due: boolean): MyDiaryStatus {
  const deadline = diaryDeadline(date, ctx.config.diary.graceHours).getTime();
  const times = record.diaries
    .filter((e) => e.day === date)
    .map((e) => Date.parse(e.writtenAt))
    .filter((t) => !Number.isNaN(t) && t >= dayStart(date).getTime());
  if (times.length > 0) return Math.min(...times) < deadline ? 'on-time' : 'late';
  if (!due) return 'none';
  const now = (ctx.now ?? dayStart(ctx.today)).getTime();
  return deadline <= now ? 'missing' : 'due';
}

/**
 * A cadre's month, day by day: the kind of day, what it was (in the village, field work,
 * official business, leave, absent), the diary, offline records and flags; with the month's
 * totals and the projection sentence from the compliance rules.
 */
export function buildMyMonth(input: MyMonthInput): MyMonth {
  const { ctx } = input;
  const record = withGrantedLeaves(input.record, input.leaves, ctx.calendar.days.map((c) => c.date));
  const days = buildDays(input, record, ctx, ctx.calendar.days);
  const result = personMonthCompliance(record, ctx);
  const projection = presenceProjection(record, ctx);
  const count = (s: MyDayStatus) => days.filter((d) => d.status === s).length;
  return {
    days,
    summary: {
      workingDays: result.workingDays,
      requiredDays: result.requiredDays,
      creditedDays: result.presentDays,
      presentDays: count('present'),
      fieldDays: count('field'),
      officialDays: count('official'),
      leaveDays: count('leave'),
      unexcusedAbsences: result.unexcusedAbsences.length,
      diaryOnTime: days.filter((d) => d.diary === 'on-time').length,
      diaryLate: days.filter((d) => d.diary === 'late').length,
      diaryMissing: days.filter((d) => d.diary === 'missing').length,
      openFlags: input.flags.filter((f) => f.status === 'open').length,
    },
    projection: { status: projection.status, sentence: projection.sentence },
    verdict: monthVerdict({ rules: result.rules, projection }, result.closed),
    credit: creditBreakdown(record, ctx),
  };
}

/** Each day of the month: its kind (null when unknown), the one word, the diary, clock-ins, leave and flags. */
function buildDays(
  input: Pick<MyMonthInput, 'clockIns' | 'leaves' | 'flags'>,
  record: PersonMonthRecord,
  ctx: DayCtx,
  calendar: readonly (CalendarDay | { date: Day; kind: null; name?: undefined })[],
): MyMonthDay[] {
  return calendar.map((c) => {
    const leaves = input.leaves.filter((l) => covers(l, c.date) && (granted(l) || l.status === 'pending'));
    const status = statusOf(record, ctx, c.date, c.kind === null ? null : isWorkingKind(c.kind), leaves);
    const clockIns = input.clockIns.filter((k) => k.day === c.date).sort((a, b) => a.at.localeCompare(b.at));
    const flags = input.flags.filter((f) => f.day === c.date);
    const due = (status === 'present' || status === 'field') && c.date <= ctx.today;
    return {
      date: c.date,
      kind: c.kind ?? 'unknown',
      holidayName: c.name ?? null,
      status,
      label: DAY_LABELS[status],
      diary: diaryOf(record, ctx, c.date, due),
      syncedLater: clockIns.some((k) => k.syncedLater),
      clockIns,
      leaveType: leaves.find(granted)?.type ?? leaves[0]?.type ?? null,
      openFlags: flags.filter((f) => f.status === 'open').length,
      clearedFlags: flags.filter((f) => f.status === 'cleared').length,
    };
  });
}

/**
 * A cadre's month in a year whose holiday schedule is not known yet: every day with what it was
 * (in the village, field work, official business, leave) and the diary, but no kind of day and no
 * judgement of rest or absence; the figures that need working days are null, never guessed.
 */
export function buildPendingMonth(input: PendingMonthInput): PendingMonth {
  const dates = daysOfMonth(input.month);
  const record = withGrantedLeaves(input.record, input.leaves, dates);
  const days = buildDays(input, record, input, dates.map((date) => ({ date, kind: null })));
  const count = (s: MyDayStatus) => days.filter((d) => d.status === s).length;
  return {
    days,
    summary: {
      workingDays: null,
      requiredDays: null,
      creditedDays: null,
      presentDays: count('present'),
      fieldDays: count('field'),
      officialDays: count('official'),
      leaveDays: count('leave'),
      unexcusedAbsences: null,
      diaryOnTime: days.filter((d) => d.diary === 'on-time').length,
      diaryLate: days.filter((d) => d.diary === 'late').length,
      diaryMissing: days.filter((d) => d.diary === 'missing').length,
      openFlags: input.flags.filter((f) => f.status === 'open').length,
    },
  };
}
