import { z } from 'zod';
import { defineAction } from '../action';
import { ClientRequestId, Day, Month } from '../common';

const DayKind = z.enum(['workday', 'weekend', 'holiday', 'makeup-workday']);

/** The month's working-day calendar: State Council schedule plus the county's overrides. */
export const calendarMonth = defineAction(
  'calendar.month',
  'person',
  z.object({ month: Month }).strict(),
  z.object({
    month: z.string(),
    days: z.array(
      z.object({
        date: z.string(),
        kind: DayKind,
        name: z.string().optional(),
        /** The county's override of this day, if any (加班日 'workday' / 休息日 'rest'). */
        override: z.object({ kind: z.enum(['workday', 'rest']), reason: z.string() }).optional(),
      }),
    ),
    workingDays: z.number(),
  }),
);

/**
 * County admin: make a day a workday (加班日) or a rest day (休息日) for the county (audited); `kind: null`
 * removes the override. An override that would change nothing (a rest day on a weekend) is refused.
 */
export const setCalendarOverride = defineAction(
  'calendar.setOverride',
  ['county_admin'],
  z
    .object({
      date: Day,
      kind: z.enum(['workday', 'rest']).nullable(),
      reason: z.string().trim().min(2, '请写明原因').max(60, '原因太长'),
      /** When given, a retry answers the first result and writes (and audits) nothing. */
      clientRequestId: ClientRequestId.optional(),
    })
    .strict(),
  z.object({ date: z.string(), kind: z.enum(['workday', 'rest']).nullable() }),
);

const HolidayPeriod = z
  .object({
    name: z.string().trim().min(1, '请填写假期名称').max(10, '假期名称太长'),
    from: Day,
    to: Day,
  })
  .strict();
const YearSchedule = {
  year: z.number().int('年份应为整数'),
  holidays: z.array(HolidayPeriod).max(12, '假期最多 12 个'),
  makeupWorkdays: z.array(Day).max(12, '调休上班日最多 12 天'),
};

/**
 * Who may enter or correct a year's national schedule. Any county admin today; a city admin (市级)
 * joins this list when that role exists — the handler only needs the caller's county for the audit.
 */
const NATIONAL_YEAR_EDITORS = ['county_admin'] as const;

/**
 * A year's State Council schedule as the caller's county uses it: 'package' (bundled data, always
 * wins), 'national' (entered once for the whole deployment by an admin) or 'missing' (nothing yet:
 * the calendar answers CALENDAR_UNKNOWN). Without `year`, the server's current year. Every answer
 * also says the server's day and the year admins should enter now (`pending`), so the client never
 * decides "from 1 November" by its own clock.
 */
export const calendarYear = defineAction(
  'calendar.year.get',
  'person',
  z.object({ year: z.number().int('年份应为整数').min(2000, '年份太早').max(2100, '年份太晚').optional() }).strict(),
  z.object({
    ...YearSchedule,
    source: z.enum(['package', 'national', 'missing']),
    /** When entered: when, and who (name and county) for display. */
    updatedAt: z.string().optional(),
    enteredBy: z.object({ name: z.string(), county: z.string() }).optional(),
    /** Sample data from the local demo seed, not a published notice (shown as 演示数据). */
    demo: z.boolean().optional(),
    /** The server's Shanghai day. */
    today: Day,
    /**
     * The year whose schedule admins should enter now: this year while it is missing (`started`:
     * judgements are paused), or next year from 1 November while it is missing; null otherwise.
     */
    pending: z.object({ year: z.number(), started: z.boolean() }).nullable(),
  }),
);

/**
 * Enter (or correct) a year's schedule the bundled data does not have — the holiday periods and the
 * make-up workdays (调休上班), from 国务院办公厅关于XXXX年部分节假日安排的通知 — once for every county.
 * Audited in the caller's county; a retry with the same clientRequestId answers the first result.
 */
export const setCalendarYear = defineAction(
  'calendar.year.set',
  NATIONAL_YEAR_EDITORS,
  z.object({ ...YearSchedule, clientRequestId: ClientRequestId }).strict(),
  z.object({ year: z.number(), holidays: z.number(), makeupWorkdays: z.number() }),
);
