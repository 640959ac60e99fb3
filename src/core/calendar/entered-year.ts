import { addDays, daysBetween, isValidDay, weekday, type Day } from '../time';
import type { CalendarSource, ScheduleEntry } from './types';

/** One holiday period of an entered schedule, first and last day included. */
export interface HolidayPeriod {
  name: string;
  from: Day;
  to: Day;
}

/**
 * A year's State Council schedule (放假安排) entered by a county admin because the bundled
 * data does not have that year yet: the holiday periods and the make-up workdays (调休上班).
 */
export interface EnteredYear {
  year: number;
  holidays: HolidayPeriod[];
  makeupWorkdays: Day[];
}

export const ENTERED_YEAR_LIMITS = {
  minYear: 2000,
  maxYear: 2100,
  minHolidays: 1,
  maxHolidays: 12,
  maxHolidayDays: 15,
  maxMakeupWorkdays: 12,
  maxNameLength: 10,
} as const;

const L = ENTERED_YEAR_LIMITS;

/**
 * Everything wrong with an entered schedule, in plain Chinese (empty when it is fine).
 * `packaged` is the bundled source: a year it covers cannot be entered, the package always wins.
 */
export function enteredYearProblems(y: EnteredYear, packaged: CalendarSource): string[] {
  const out: string[] = [];
  if (!Number.isInteger(y.year) || y.year < L.minYear || y.year > L.maxYear) return [`年份应在 ${L.minYear}–${L.maxYear} 之间。`];
  if (packaged.hasYear(y.year)) return [`${y.year}年的节假日安排已内置，无需录入。`];
  const inYear = (d: Day) => isValidDay(d) && d.startsWith(`${y.year}-`);
  if (y.holidays.length < L.minHolidays) out.push('请至少填写一个假期（如元旦）。');
  if (y.holidays.length > L.maxHolidays) out.push(`假期最多 ${L.maxHolidays} 个。`);
  y.holidays.forEach((h, i) => {
    const label = `第 ${i + 1} 个假期${h.name.trim() ? `（${h.name.trim()}）` : ''}`;
    if (!h.name.trim()) out.push(`${label}：请填写名称。`);
    else if (h.name.trim().length > L.maxNameLength) out.push(`${label}：名称太长。`);
    if (!inYear(h.from) || !inYear(h.to)) {
      out.push(`${label}：日期应在 ${y.year} 年内。`);
      return;
    }
    if (h.to < h.from) out.push(`${label}：结束日期早于开始日期。`);
    else if (daysBetween(h.from, h.to) + 1 > L.maxHolidayDays) out.push(`${label}：一个假期最多 ${L.maxHolidayDays} 天。`);
  });
  const sorted = y.holidays.filter((h) => inYear(h.from) && inYear(h.to) && h.from <= h.to).sort((a, b) => (a.from < b.from ? -1 : 1));
  for (let i = 1; i < sorted.length; i += 1) {
    if (sorted[i].from <= sorted[i - 1].to) out.push(`假期“${sorted[i - 1].name.trim()}”和“${sorted[i].name.trim()}”的日期重叠。`);
  }
  if (y.makeupWorkdays.length > L.maxMakeupWorkdays) out.push(`调休上班日最多 ${L.maxMakeupWorkdays} 天。`);
  const seen = new Set<Day>();
  for (const d of y.makeupWorkdays) {
    if (!inYear(d)) {
      out.push(`调休上班日 ${d} 不在 ${y.year} 年内。`);
      continue;
    }
    if (seen.has(d)) out.push(`调休上班日 ${d} 重复了。`);
    seen.add(d);
    const wd = weekday(d);
    if (wd !== 0 && wd !== 6) out.push(`调休上班日 ${d} 不是周六或周日。`);
    if (sorted.some((h) => h.from <= d && d <= h.to)) out.push(`调休上班日 ${d} 在假期之内。`);
  }
  return out;
}

/** The same schedule in a stable form: names trimmed, periods and days sorted. */
export function normalizeEnteredYear(y: EnteredYear): EnteredYear {
  return {
    year: y.year,
    holidays: y.holidays.map((h) => ({ name: h.name.trim(), from: h.from, to: h.to })).sort((a, b) => (a.from < b.from ? -1 : 1)),
    makeupWorkdays: [...new Set(y.makeupWorkdays)].sort(),
  };
}

/** The holiday a make-up workday belongs to: the nearest period (the earlier one on a tie). */
function nearestHoliday(day: Day, holidays: readonly HolidayPeriod[]): string {
  let best = '调休';
  let bestDistance = Infinity;
  for (const h of holidays) {
    const distance = day < h.from ? daysBetween(day, h.from) : day > h.to ? daysBetween(h.to, day) : 0;
    if (distance < bestDistance) {
      best = h.name;
      bestDistance = distance;
    }
  }
  return best;
}

/** A CalendarSource for entered years; a make-up workday is named after its nearest holiday. */
export function enteredYearsSource(years: readonly EnteredYear[]): CalendarSource {
  const known = new Set<number>();
  const entries = new Map<Day, ScheduleEntry>();
  for (const y of years) {
    known.add(y.year);
    for (const h of y.holidays) {
      for (let d = h.from; d <= h.to; d = addDays(d, 1)) entries.set(d, { kind: 'holiday', name: h.name });
    }
    for (const d of y.makeupWorkdays) entries.set(d, { kind: 'makeup-workday', name: nearestHoliday(d, y.holidays) });
  }
  return { hasYear: (year) => known.has(year), lookup: (day) => entries.get(day) };
}

/** `primary` for every year it knows, `fallback` for the others (the bundled data wins over entered years). */
export function layeredSource(primary: CalendarSource, fallback: CalendarSource): CalendarSource {
  return {
    hasYear: (year) => primary.hasYear(year) || fallback.hasYear(year),
    lookup: (day) => (primary.hasYear(Number(day.slice(0, 4))) ? primary.lookup(day) : fallback.lookup(day)),
  };
}

/** From this day of the year (MM-DD) admins are told to enter next year's schedule while it is missing. */
export const NEXT_YEAR_NOTICE_FROM = '11-01';

/**
 * The year whose schedule admins should enter on `today` (the server's Shanghai day), if any: this
 * year when it is missing (`started`: every judgement that needs working days is paused), otherwise
 * next year from 1 November while it is missing (the State Council publishes it around then).
 * `known` answers whether a year's schedule is available (bundled or entered).
 */
export function yearToEnter(today: Day, known: (year: number) => boolean): { year: number; started: boolean } | null {
  const year = Number(today.slice(0, 4));
  if (!known(year)) return { year, started: true };
  if (today.slice(5) >= NEXT_YEAR_NOTICE_FROM && !known(year + 1)) return { year: year + 1, started: false };
  return null;
}
