import { daysOfMonth, isValidDay, weekday, yearOf, type Day, type Month } from '../time';
import { chineseDaysSource } from './source';
import {
  isWorkingKind,
  type CalendarDay,
  type CalendarOverride,
  type CalendarSource,
  type CalendarUnknown,
  type DayKind,
  type MonthCalendarResult,
} from './types';

/** Thrown by the boolean helpers when the year's schedule is unknown. */
export class CalendarUnknownError extends Error {
  readonly year: number;
  constructor(year: number) {
    super(calendarUnknownMessage(year));
    this.name = 'CalendarUnknownError';
    this.year = year;
  }
}

function calendarUnknownMessage(year: number): string {
  return `${year}年的节假日安排还未录入，暂时无法计算工作日`;
}

/** The 'calendar unknown' result for a year. */
export function calendarUnknown(year: number): CalendarUnknown {
  return { ok: false, reason: 'calendar-unknown', year, message: calendarUnknownMessage(year) };
}

function nationalDay(day: Day, source: CalendarSource): CalendarDay {
  const entry = source.lookup(day);
  if (entry) return { date: day, kind: entry.kind, name: entry.name };
  const wd = weekday(day);
  const kind: DayKind = wd === 0 || wd === 6 ? 'weekend' : 'workday';
  return { date: day, kind };
}

/**
 * Applies a county override. 'rest' on a working day makes it a 'holiday'
 * (named by the reason); 'workday' on a weekend or holiday makes it a
 * 'makeup-workday'. An override that agrees with the national kind is kept
 * as a note but changes nothing.
 */
function applyOverride(base: CalendarDay, o: CalendarOverride | undefined): CalendarDay {
  if (!o) return base;
  const working = isWorkingKind(base.kind);
  if (o.kind === 'rest' && working) return { date: base.date, kind: 'holiday', name: o.reason, override: o };
  if (o.kind === 'workday' && !working) {
    return { date: base.date, kind: 'makeup-workday', name: o.reason, override: o };
  }
  return { ...base, override: o };
}

function overrideIndex(overrides: readonly CalendarOverride[]): Map<Day, CalendarOverride> {
  const map = new Map<Day, CalendarOverride>();
  for (const o of overrides) {
    if (isValidDay(o.date)) map.set(o.date, o); // later entries win
  }
  return map;
}

/**
 * The calendar of a month: every day with its kind, and the number of working
 * days (workdays plus make-up workdays). A month of a year the source does not
 * know is reported as calendar-unknown, never guessed as Monday–Friday.
 */
export function monthCalendar(
  month: Month,
  overrides: readonly CalendarOverride[] = [],
  source: CalendarSource = chineseDaysSource,
): MonthCalendarResult {
  const year = yearOf(month);
  if (!source.hasYear(year)) return calendarUnknown(year);
  const index = overrideIndex(overrides);
  const days = daysOfMonth(month).map((d) => applyOverride(nationalDay(d, source), index.get(d)));
  const workingDays = days.filter((d) => isWorkingKind(d.kind)).length;
  return { ok: true, month, days, workingDays };
}

/** One day's calendar entry, or calendar-unknown for its year. */
export function calendarDay(
  day: Day,
  overrides: readonly CalendarOverride[] = [],
  source: CalendarSource = chineseDaysSource,
): { ok: true; day: CalendarDay } | CalendarUnknown {
  if (!isValidDay(day)) throw new RangeError(`无效的日期：${day}`);
  const year = Number(day.slice(0, 4));
  if (!source.hasYear(year)) return calendarUnknown(year);
  const o = overrides.filter((x) => x.date === day).pop();
  return { ok: true, day: applyOverride(nationalDay(day, source), o) };
}

/**
 * Is the day a working day? Throws CalendarUnknownError when its year's
 * schedule is unknown.
 */
export function isWorkingDay(
  day: Day,
  overrides: readonly CalendarOverride[] = [],
  source: CalendarSource = chineseDaysSource,
): boolean {
  const r = calendarDay(day, overrides, source);
  if (!r.ok) throw new CalendarUnknownError(r.year);
  return isWorkingKind(r.day.kind);
}
