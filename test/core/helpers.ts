import { monthCalendar, type CalendarOverride, type MonthCalendar } from '../../src/core/calendar/index';
import type { MonthContext, PersonMonthRecord } from '../../src/core/compliance/index';
import { DEFAULT_RULE_CONFIG, type RuleConfig } from '../../src/core/rules/config';
import { addDays, daysOfMonth } from '../../src/core/time';

/** A known month calendar (throws for unknown years). */
export function cal(month: string, overrides: CalendarOverride[] = []): MonthCalendar {
  const r = monthCalendar(month, overrides);
  if (!r.ok) throw new Error(r.message);
  return r;
}

/** A context for the month; default today: after the month (closed). */
export function ctx(month: string, today?: string, patch: (c: RuleConfig) => void = () => undefined, now?: Date): MonthContext {
  const config: RuleConfig = structuredClone(DEFAULT_RULE_CONFIG);
  patch(config);
  const days = daysOfMonth(month);
  return { calendar: cal(month), today: today ?? addDays(days[days.length - 1], 1), config, now };
}

/** A first secretary with no records unless given. */
export function person(p: Partial<PersonMonthRecord> = {}): PersonMonthRecord {
  return {
    personId: 'p1',
    name: '张三',
    role: 'first_secretary',
    presentDays: [],
    fieldDays: [],
    officialDays: [],
    leaveDays: [],
    diaries: [],
    ...p,
  };
}

/** Oct 2025 working days (18): 9,10,11(Sat make-up),13–17,20–24,27–31. */
export const OCT25_WORKING = [9, 10, 11, 13, 14, 15, 16, 17, 20, 21, 22, 23, 24, 27, 28, 29, 30, 31].map(
  (d) => `2025-10-${String(d).padStart(2, '0')}`,
);

/** Diary entries written at the given Shanghai wall-clock time on the day itself. */
export function diariesAt(days: string[], hhmm = '21:00'): { day: string; writtenAt: string }[] {
  return days.map((day) => ({ day, writtenAt: `${day}T${hhmm}:00+08:00` }));
}
