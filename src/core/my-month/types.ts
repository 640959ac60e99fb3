import type { DayKind } from '../calendar/types';
import type { PresenceProjection } from '../compliance/projection';
import type { CreditBreakdown } from '../compliance/credit';
import type { Tone } from '../compliance/verdict';
import type { MonthContext, PersonMonthRecord } from '../compliance/types';
import type { Day } from '../time';

/** What the day was for the cadre, one word on the calendar. */
export type MyDayStatus =
  | 'present'
  | 'field'
  | 'official'
  | 'leave'
  | 'leave-pending'
  | 'absent'
  | 'rest'
  | 'today'
  | 'upcoming'
  /** Before the cadre's stationing began, or after it ended: not judged. */
  | 'off-post'
  /** A past day with no record in a year whose holiday schedule is unknown: neither rest nor absence yet. */
  | 'unjudged';

/** The day's diary: written on time, written late (补写), missing, still due today, or not needed. */
export type MyDiaryStatus = 'on-time' | 'late' | 'missing' | 'due' | 'none';

export interface MyMonthClockIn {
  day: Day;
  at: string;
  decision: 'in-village' | 'field' | 'outside';
  syncedLater: boolean;
  fuzzy: boolean;
}

export interface MyMonthLeave {
  type: string;
  from: Day;
  to: Day;
  status: string;
}

export interface MyMonthFlag {
  day: Day;
  status: 'open' | 'cleared';
}

export interface MyMonthInput {
  record: PersonMonthRecord;
  ctx: MonthContext;
  clockIns: readonly MyMonthClockIn[];
  leaves: readonly MyMonthLeave[];
  flags: readonly MyMonthFlag[];
}

export interface MyMonthDay {
  date: Day;
  /** 'unknown' while the year's holiday schedule is not known. */
  kind: DayKind | 'unknown';
  holidayName: string | null;
  status: MyDayStatus;
  /** Short Chinese label, so the calendar reads without colour. */
  label: string;
  diary: MyDiaryStatus;
  /** A clock-in of the day was kept offline and sent later. */
  syncedLater: boolean;
  /** Clock-in times of the day, ascending (ISO). */
  clockIns: MyMonthClockIn[];
  /** Type of the leave covering the day, if any. */
  leaveType: string | null;
  openFlags: number;
  clearedFlags: number;
}

export interface MyMonthSummary {
  workingDays: number;
  /** Null when the presence ratio does not apply to the role. */
  requiredDays: number | null;
  /** Days credited toward the requirement (per county rules), so far. */
  creditedDays: number;
  presentDays: number;
  fieldDays: number;
  officialDays: number;
  leaveDays: number;
  unexcusedAbsences: number;
  diaryOnTime: number;
  diaryLate: number;
  diaryMissing: number;
  openFlags: number;
}

export interface MyMonth {
  days: MyMonthDay[];
  summary: MyMonthSummary;
  projection: Pick<PresenceProjection, 'status' | 'sentence'>;
  verdict: { tone: Tone; word: string; sentence: string };
  credit: CreditBreakdown;
}

/** What the month without a known calendar needs: the records, today and the county's rules. */
export interface PendingMonthInput extends Omit<MyMonthInput, 'ctx'> {
  month: string;
  today: Day;
  config: MonthContext['config'];
  now?: Date;
}

/** The month while its year's holiday schedule is unknown: no figure that needs working days. */
export interface PendingMonth {
  days: MyMonthDay[];
  summary: Omit<MyMonthSummary, 'workingDays' | 'requiredDays' | 'creditedDays' | 'unexcusedAbsences'> & {
    workingDays: null;
    requiredDays: null;
    creditedDays: null;
    unexcusedAbsences: null;
  };
}
