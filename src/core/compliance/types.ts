import type { MonthCalendar } from '../calendar/types';
import type { CadreRole, RuleConfig } from '../rules/config';
import type { Day } from '../time';

/** One diary entry: the day it is about and when it was saved (ISO instant). */
export interface DiaryEntry {
  day: Day;
  writtenAt: string;
}

/** A cadre's records relevant to one month. Days outside the month are ignored. */
export interface PersonMonthRecord {
  personId: string;
  name: string;
  role: CadreRole;
  /** Days clocked in at the village. */
  presentDays: Day[];
  /** Days of field work (外勤) for the village. */
  fieldDays: Day[];
  /** Days of official business (公假). */
  officialDays: Day[];
  /** Days of approved leave. */
  leaveDays: Day[];
  diaries: DiaryEntry[];
  /** First day of the cadre's stationing in the village; absent or null: from before the month. */
  stationedFrom?: Day | null;
  /** Last day of the stationing (recalled or rotated out); absent or null: still stationed. */
  stationedUntil?: Day | null;
}

/**
 * What every rule needs besides the records.
 * `today` is the current Shanghai day: days before it are closed and judged in
 * full; today counts when it helps (a presence already made) but is never an
 * absence or a missing diary yet. For a finished month pass any later day.
 */
export interface MonthContext {
  calendar: MonthCalendar;
  today: Day;
  config: RuleConfig;
  /** Current instant, for the diary grace window; defaults to the start of `today`. */
  now?: Date;
}

/** Outcome of one rule for a person or a village. */
export type RuleStatus = 'pass' | 'fail' | 'pending' | 'not-applicable';

/** Names of the rules. */
export type RuleName = 'presence' | 'absence' | 'diary' | 'coverage';

/** One rule's verdict with the sentence a person reads. */
export interface RuleResult {
  rule: RuleName;
  status: RuleStatus;
  reason: string;
}

/** Diary verdict for a person and month. */
export interface DiaryResult {
  /** Days a diary was due (credited presence days, closed or written). */
  requiredDays: Day[];
  /** Due days with no diary and the deadline passed. */
  missingDays: Day[];
  /** Days whose first diary was saved after the deadline. */
  lateDays: Day[];
  /** Days whose diary was saved on time. */
  onTimeDays: Day[];
}

/** Team coverage: calendar days with nobody in the village. */
export interface CoverageResult {
  /** Days judged (before today, plus today if already covered). */
  judgedDays: number;
  coveredDays: number;
  /** Judged days nobody was present, ascending. */
  gapDays: Day[];
  result: RuleResult;
}

/** Monthly compliance of one cadre. */
export interface PersonMonthResult {
  personId: string;
  name: string;
  role: CadreRole;
  month: string;
  /** The month is over (today is after its last day). */
  closed: boolean;
  /** Working days of the month within the cadre's stationing (the whole month's when stationed throughout). */
  workingDays: number;
  /** Of those, the ones already closed (before today). */
  workingDaysElapsed: number;
  /** Required days in the village; null when the ratio does not apply to the role. */
  requiredDays: number | null;
  /** Days credited as in the village (per config), up to today. */
  presentDays: number;
  /** The credited days themselves, ascending. */
  creditedDays: Day[];
  /** Closed working days with no presence, field work, official business or leave. */
  unexcusedAbsences: Day[];
  leaveDays: Day[];
  diary: DiaryResult;
  rules: RuleResult[];
  /** No rule failed (pending counts as not failed). */
  pass: boolean;
}

/** Monthly compliance of a village's team. */
export interface VillageMonthResult {
  villageId: string;
  month: string;
  closed: boolean;
  persons: PersonMonthResult[];
  coverage: CoverageResult;
  /** Every person and the coverage rule passed (or are still pending). */
  pass: boolean;
  /** Chinese lines naming each failure. */
  reasons: string[];
}
