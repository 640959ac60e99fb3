import type { MonthCalendar } from '../calendar/types';
import { isWorkingKind } from '../calendar/types';
import type { RuleConfig } from '../rules/config';
import type { Day } from '../time';
import type { MonthContext, PersonMonthRecord } from './types';

/** Unique days of the list that fall in the month, ascending. */
export function daysInMonth(days: readonly Day[], calendar: MonthCalendar): Day[] {
  const prefix = `${calendar.month}-`;
  // A month rollup keeps its days sorted and unique already: then they only need copying.
  let tidy = true;
  for (let i = 0; i < days.length && tidy; i++) tidy = days[i].startsWith(prefix) && (i === 0 || days[i - 1] < days[i]);
  if (tidy) return days.slice();
  return [...new Set(days.filter((d) => d.startsWith(prefix)))].sort();
}

/** Working days per calendar (by its day list): every cadre of a county's month asks for the same ones. */
const workingByDays = new WeakMap<MonthCalendar['days'], readonly Day[]>();

/**
 * Working days of the month, ascending (shared: do not modify; typed readonly rather than frozen,
 * since V8 copies and filters a frozen array many times slower).
 */
export function workingDaysOf(calendar: MonthCalendar): readonly Day[] {
  let out = workingByDays.get(calendar.days);
  if (!out) {
    out = calendar.days.filter((d) => isWorkingKind(d.kind)).map((d) => d.date);
    workingByDays.set(calendar.days, out);
  }
  return out;
}

/** The stationing dates of a cadre; absent or null bounds are open. */
export type Stationing = Pick<PersonMonthRecord, 'stationedFrom' | 'stationedUntil'>;

/** Was the cadre stationed in the village on this day? Days outside their stationing are never judged. */
export function isStationed(person: Stationing, day: Day): boolean {
  return (!person.stationedFrom || day >= person.stationedFrom) && (!person.stationedUntil || day <= person.stationedUntil);
}

/** Working days as a set, per calendar (for membership tests). */
const workingSets = new WeakMap<MonthCalendar['days'], ReadonlySet<Day>>();
function workingSetOf(calendar: MonthCalendar): ReadonlySet<Day> {
  let out = workingSets.get(calendar.days);
  if (!out) {
    out = new Set(workingDaysOf(calendar));
    workingSets.set(calendar.days, out);
  }
  return out;
}

/** The cadre's working days of the month: those within their stationing, ascending. */
export function personWorkingDays(person: Stationing, calendar: MonthCalendar): Day[] {
  const all = workingDaysOf(calendar);
  // Stationed the whole month (most cadres): every working day.
  if (!person.stationedFrom && !person.stationedUntil) return all.slice();
  return all.filter((d) => isStationed(person, d));
}

/** Does the stationing overlap the month ('YYYY-MM') at all? */
export function stationedInMonth(person: Stationing, month: string): boolean {
  return (!person.stationedFrom || person.stationedFrom.slice(0, 7) <= month) && (!person.stationedUntil || person.stationedUntil.slice(0, 7) >= month);
}

/** Is the month over relative to today? */
export function isClosed(ctx: MonthContext): boolean {
  const last = ctx.calendar.days[ctx.calendar.days.length - 1].date;
  return ctx.today > last;
}

/**
 * Days credited as 'in the village' for the presence ratio, up to and including
 * today: clock-ins, plus field work and official business when the config says
 * so, limited to working days unless rest days count, and to the stationing.
 */
export function creditedDays(person: PersonMonthRecord, ctx: MonthContext): Day[] {
  const { config, calendar, today } = ctx;
  const pool = [...person.presentDays];
  if (config.presence.fieldWorkCounts) pool.push(...person.fieldDays);
  if (config.presence.officialBusinessCounts) pool.push(...person.officialDays);
  const working = workingSetOf(calendar);
  return daysInMonth(pool, calendar).filter(
    (d) => d <= today && isStationed(person, d) && (config.presence.restDaysCount || working.has(d)),
  );
}

/** Does the config apply the presence ratio to this role? */
export function presenceApplies(person: PersonMonthRecord, config: RuleConfig): boolean {
  return config.presence.roles.includes(person.role);
}
