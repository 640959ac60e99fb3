import type { MonthCalendar } from '../calendar/types';
import { isWorkingKind } from '../calendar/types';
import type { RuleConfig } from '../rules/config';
import type { Day } from '../time';
import type { MonthContext, PersonMonthRecord } from './types';

/** Unique days of the list that fall in the month, ascending. */
export function daysInMonth(days: readonly Day[], calendar: MonthCalendar): Day[] {
  const prefix = `${calendar.month}-`;
  return [...new Set(days.filter((d) => d.startsWith(prefix)))].sort();
}

/** Working days of the month, ascending. */
export function workingDaysOf(calendar: MonthCalendar): Day[] {
  return calendar.days.filter((d) => isWorkingKind(d.kind)).map((d) => d.date);
}

/** Is the month over relative to today? */
export function isClosed(ctx: MonthContext): boolean {
  const last = ctx.calendar.days[ctx.calendar.days.length - 1].date;
  return ctx.today > last;
}

/**
 * Days credited as 'in the village' for the presence ratio, up to and including
 * today: clock-ins, plus field work and official business when the config says
 * so, limited to working days unless rest days count.
 */
export function creditedDays(person: PersonMonthRecord, ctx: MonthContext): Day[] {
  const { config, calendar, today } = ctx;
  const pool = [...person.presentDays];
  if (config.presence.fieldWorkCounts) pool.push(...person.fieldDays);
  if (config.presence.officialBusinessCounts) pool.push(...person.officialDays);
  const working = new Set(workingDaysOf(calendar));
  return daysInMonth(pool, calendar).filter(
    (d) => d <= today && (config.presence.restDaysCount || working.has(d)),
  );
}

/** Does the config apply the presence ratio to this role? */
export function presenceApplies(person: PersonMonthRecord, config: RuleConfig): boolean {
  return config.presence.roles.includes(person.role);
}
