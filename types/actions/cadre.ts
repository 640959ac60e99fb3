import { z } from 'zod';
import { defineAction } from '../action';
import { LeaveType } from '../leave';
import { CreditView, MonthVerdict } from '../reports';
import { CADRE_ROLES } from '../roles';

/** One of the cadre's own leaves as the home shows it. */
const HomeLeave = z.object({ id: z.string(), type: LeaveType, from: z.string(), to: z.string() });

/** The month so far, when the year's holiday schedule is known. */
const TodayMonth = z.object({
  month: z.string(),
  workingDays: z.number(),
  workingDaysSoFar: z.number(),
  presentDays: z.number(),
  requiredDays: z.number().nullable(),
  projection: z.object({
    status: z.enum(['done', 'on-track', 'at-risk', 'cannot-reach', 'not-applicable']),
    sentence: z.string(),
  }),
  verdict: MonthVerdict,
  credit: CreditView,
});

/**
 * The month so far while its year's holiday schedule is not published or entered: the days in the
 * village still count, the figures that need working days wait (never an error, never a guess).
 */
const TodayMonthPending = z.object({
  month: z.string(),
  pending: z.literal('calendar'),
  year: z.number(),
  message: z.string(),
  presentDays: z.number(),
});

/**
 * A cadre's home: today's state and the month so far, with the projection sentence, and the
 * cadre's leave today (on approved leave / waiting for approval / return overdue).
 */
export const cadreToday = defineAction(
  'cadre.today',
  CADRE_ROLES,
  z.object({}).strict(),
  z.object({
    day: z.string(),
    village: z.object({ id: z.string(), name: z.string() }),
    clockedIn: z.boolean(),
    clockInAt: z.string().nullable(),
    /** Field work (外勤) recorded today. */
    fieldToday: z.boolean(),
    diaryWritten: z.boolean(),
    /** Today's latest clock-in that did not count (不在村), so the home does not say 还没打卡 after one. */
    outsideToday: z.object({ at: z.string(), distanceM: z.number() }).nullable(),
    leave: z.object({
      onLeave: HomeLeave.nullable(),
      pending: HomeLeave.nullable(),
      /** Approved, not returned, past its last day plus the county's grace days. */
      overdue: HomeLeave.nullable(),
    }),
    month: z.union([TodayMonth, TodayMonthPending]),
  }),
);
