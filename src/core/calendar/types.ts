import type { Day, Month } from '../time';

/** What kind of day it is under the State Council schedule and county overrides. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup-workday';

/** A county's change to the national schedule for one day. */
export interface CalendarOverride {
  date: Day;
  /** 'workday': people work that day; 'rest': nobody is expected to. */
  kind: 'workday' | 'rest';
  /** Why, in plain Chinese (shown to cadres). */
  reason: string;
}

/** One day of a month calendar. */
export interface CalendarDay {
  date: Day;
  kind: DayKind;
  /** Holiday name in Chinese ('春节'), or the override reason. */
  name?: string;
  /** Present when a county override changed or confirmed this day. */
  override?: CalendarOverride;
}

/** A month whose schedule is known. */
export interface MonthCalendar {
  ok: true;
  month: Month;
  days: CalendarDay[];
  /** Count of 'workday' and 'makeup-workday' days. */
  workingDays: number;
}

/** The schedule for this year has not been published or loaded yet. */
export interface CalendarUnknown {
  ok: false;
  reason: 'calendar-unknown';
  year: number;
  /** Plain Chinese explanation. */
  message: string;
}

/** Result of asking for a month calendar. */
export type MonthCalendarResult = MonthCalendar | CalendarUnknown;

/** A national schedule entry that differs from plain Monday–Friday. */
export interface ScheduleEntry {
  kind: 'holiday' | 'makeup-workday';
  /** Chinese name of the festival, e.g. '国庆节'. */
  name: string;
}

/**
 * Where the national schedule comes from. Injectable so tests (and a county that
 * loads a newly published year before the package is updated) can supply their own.
 */
export interface CalendarSource {
  /** True when the schedule of this year is known. */
  hasYear(year: number): boolean;
  /** Entry for a day that is a holiday or a make-up workday; undefined for an ordinary day. */
  lookup(day: Day): ScheduleEntry | undefined;
}

/** Is this kind a day people are expected to work? */
export function isWorkingKind(kind: DayKind): boolean {
  return kind === 'workday' || kind === 'makeup-workday';
}
