import { getSolarDateFromLunar } from 'chinese-days';
import { addDays, chineseDaysSource, enteredYearProblems, enteredYearsSource, layeredSource, prevMonth, shanghaiDay, shanghaiMonth, type CalendarSource, type Day, type EnteredYear, type HolidayPeriod, type Month } from '../src/core';
import { writeNationalYear } from '../cloudfunctions/common/calendar-years';
import type { DocDriver } from '../cloudfunctions/common/store/driver';

const pad = (n: number) => String(n).padStart(2, '0');
const solar = (year: number, lunarMonth: number, lunarDay: number): Day => getSolarDateFromLunar(`${year}-${pad(lunarMonth)}-${pad(lunarDay)}`).date as Day;
const span = (name: string, from: Day, days: number): HolidayPeriod => ({ name, from, to: addDays(from, days - 1) });

/**
 * A plausible holiday schedule for a year the bundled data lacks, for the demo only (stored marked
 * 演示数据): the statutory festivals on their solar or lunar dates (春节 from its eve for 8 days,
 * 中秋 merged into 国庆 when they meet), without the make-up workdays (调休), which only the State
 * Council's notice can say.
 */
export function demoYearSchedule(year: number): EnteredYear {
  const midAutumn = solar(year, 8, 15);
  const meetsNationalDay = midAutumn >= `${year}-09-28` && midAutumn <= `${year}-10-08`;
  const holidays: HolidayPeriod[] = [
    span('元旦', `${year}-01-01`, 1),
    span('春节', addDays(solar(year, 1, 1), -1), 8),
    span('清明节', `${year}-04-04`, 3),
    span('劳动节', `${year}-05-01`, 5),
    span('端午节', solar(year, 5, 5), 3),
    meetsNationalDay ? span('国庆节、中秋节', `${year}-10-01`, 8) : span('国庆节', `${year}-10-01`, 7),
  ];
  if (!meetsNationalDay) holidays.push(span('中秋节', midAutumn, 3));
  const schedule = { year, holidays: holidays.sort((a, b) => a.from.localeCompare(b.from)), makeupWorkdays: [] };
  const problems = enteredYearProblems(schedule, chineseDaysSource);
  if (problems.length) throw new Error(`demo schedule for ${year}: ${problems.join(' ')}`);
  return schedule;
}

/** The calendar the demo seed judges by: the bundled data, plus the demo schedule of a year it lacks. */
export function demoCalendarSource(demo: EnteredYear | null): CalendarSource {
  return demo ? layeredSource(chineseDaysSource, enteredYearsSource([demo])) : chineseDaysSource;
}

/**
 * The demo's calendar on `now`: when the bundled data lacks the current year, the demo enters a
 * plausible schedule for it (marked 演示数据), so that a fresh demo always shows a working month.
 * Next year is never entered, so from 1 November the admins' reminder to enter it shows.
 */
export async function seedCalendar(store: DocDriver, now: Date): Promise<CalendarSource> {
  const year = Number(shanghaiDay(now).slice(0, 4));
  if (chineseDaysSource.hasYear(year)) return chineseDaysSource;
  const demo = demoYearSchedule(year);
  await writeNationalYear(store, { ...demo, countyId: null, updatedAt: now.toISOString(), updatedBy: null, demo: true });
  return demoCalendarSource(demo);
}

/** Examples (flags, a batched diary) come from this month once it is 10 days old, else from the last full month. */
export function exampleMonth(now: Date): Month {
  const today = shanghaiDay(now);
  return Number(today.slice(8)) > 10 ? shanghaiMonth(now) : prevMonth(shanghaiMonth(now));
}
