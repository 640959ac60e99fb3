import { z } from 'zod';
import { Day } from './common';

/** Kinds of flag a supervisor may see (plausibility of clock-ins, diary integrity). */
export const FLAG_KIND_LABELS: Record<string, string> = {
  'impossible-travel': '位置跳跃过快',
  'repeated-coordinates': '坐标多天完全相同',
  'constant-accuracy': '定位精度多天相同',
  'round-coordinates': '坐标像手工输入',
  'fuzzy-widened': '模糊定位放宽后才算在村',
  'synced-late': '离线补传',
  'batched-diary': '日志集中补写',
  'duplicate-diary': '日志内容雷同',
};

export const FlagStatus = z.enum(['open', 'cleared']);

/** One flag as a supervisor reads it: what was seen, why it is odd, and the records involved. */
export const FlagView = z.object({
  id: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  personId: z.string(),
  personName: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  day: Day,
  explanation: z.string(),
  /** `records` (clock-ins) for plausibility flags; the diary flags carry their own pair. */
  evidence: z.record(z.string(), z.unknown()),
  status: FlagStatus,
  raisedAt: z.string(),
  clearedAt: z.string().nullable(),
  clearedByName: z.string().nullable(),
  clearNote: z.string().nullable(),
});
export type FlagView = z.infer<typeof FlagView>;

/** One clock-in as evidence (the position of that moment only). */
export const EvidenceRecord = z.object({
  id: z.string(),
  at: z.string(),
  receivedAt: z.string(),
  day: Day,
  lat: z.number(),
  lng: z.number(),
  accuracyM: z.number(),
  fuzzy: z.boolean(),
  syncedLater: z.boolean(),
});
export type EvidenceRecord = z.infer<typeof EvidenceRecord>;

export const MyDayStatus = z.enum(['present', 'field', 'official', 'leave', 'leave-pending', 'absent', 'rest', 'today', 'upcoming', 'off-post', 'unjudged']);
export const MyDiaryStatus = z.enum(['on-time', 'late', 'missing', 'due', 'none']);

/** One day of a cadre's month calendar. */
export const MyMonthDayView = z.object({
  date: Day,
  /** 'unknown' while the year's holiday schedule is not known (see cadre.month's calendarPending). */
  kind: z.enum(['workday', 'weekend', 'holiday', 'makeup-workday', 'unknown']),
  holidayName: z.string().nullable(),
  status: MyDayStatus,
  label: z.string(),
  diary: MyDiaryStatus,
  syncedLater: z.boolean(),
  clockIns: z.array(
    z.object({ at: z.string(), decision: z.enum(['in-village', 'field', 'outside']), syncedLater: z.boolean(), fuzzy: z.boolean() }),
  ),
  leaveType: z.string().nullable(),
  openFlags: z.number(),
  clearedFlags: z.number(),
});
export type MyMonthDayView = z.infer<typeof MyMonthDayView>;

/** The figures that need the year's working days are null while its holiday schedule is unknown. */
export const MyMonthSummaryView = z.object({
  workingDays: z.number().nullable(),
  requiredDays: z.number().nullable(),
  creditedDays: z.number().nullable(),
  presentDays: z.number(),
  fieldDays: z.number(),
  officialDays: z.number(),
  leaveDays: z.number(),
  unexcusedAbsences: z.number().nullable(),
  diaryOnTime: z.number(),
  diaryLate: z.number(),
  diaryMissing: z.number(),
  openFlags: z.number(),
});

/** A figure that needs the year's working days, waiting for its holiday schedule: the year and a plain sentence. */
export const CalendarPending = z.object({ year: z.number(), message: z.string() });
export type CalendarPending = z.infer<typeof CalendarPending>;
