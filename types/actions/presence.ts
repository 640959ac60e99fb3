import { z } from 'zod';
import { defineAction } from '../action';
import { ClientRequestId, Day, Id, Month } from '../common';
import { CalendarPending, FlagView, MyMonthDayView, MyMonthSummaryView } from '../presence';
import { CreditView, MonthVerdict } from '../reports';
import { CADRE_ROLES } from '../roles';

/** Flags in the caller's scope (a village, a township, or all of it), newest first. */
export const flagsList = defineAction(
  'flags.list',
  ['township_supervisor', 'county_admin', 'inspector'],
  z
    .object({
      villageId: Id.optional(),
      townshipId: Id.optional(),
      status: z.enum(['open', 'cleared', 'all'], { error: '请选择要看的状态' }).default('open'),
    })
    .strict()
    .refine((i) => !(i.villageId && i.townshipId), { error: '村和乡镇只能选一个' }),
  z.object({
    scope: z.object({ level: z.enum(['village', 'township', 'county']), id: z.string(), name: z.string() }),
    flags: z.array(FlagView),
    /** More flags exist than shown (the newest are shown). */
    truncated: z.boolean(),
    canClear: z.boolean(),
  }),
);

/** A supervisor clears a flag after looking into it; the note is required and audited. */
export const flagsClear = defineAction(
  'flags.clear',
  ['township_supervisor', 'county_admin'],
  z
    .object({
      flagId: z.string({ error: '缺少编号' }).min(1, '缺少编号').max(300, '编号太长'),
      note: z.string({ error: '请写明核实情况' }).trim().min(2, '请写明核实情况（至少2个字）').max(200, '说明太长（最多200字）'),
      clientRequestId: ClientRequestId,
    })
    .strict(),
  FlagView,
);

/** A cadre's month day by day: presence, diary, leave, flags; required vs done; the projection. */
export const cadreMonth = defineAction(
  'cadre.month',
  [...CADRE_ROLES, 'township_supervisor', 'county_admin', 'inspector', 'city_admin'],
  z
    .object({
      /** The current month (server time, Asia/Shanghai) when omitted. */
      month: Month.optional(),
      /** Supervisors and county admins pass a cadre in their scope; a cadre sees only their own. */
      personId: Id.optional(),
    })
    .strict(),
  z.object({
    person: z.object({ id: z.string(), name: z.string(), roleLabel: z.string() }),
    village: z.object({ id: z.string(), name: z.string() }),
    month: Month,
    today: Day,
    /** The month being shown is the caller's own. */
    self: z.boolean(),
    days: z.array(MyMonthDayView),
    summary: MyMonthSummaryView,
    /** Null while the month's year has no holiday schedule (then calendarPending says why). */
    projection: z
      .object({
        status: z.enum(['done', 'on-track', 'at-risk', 'cannot-reach', 'not-applicable']),
        sentence: z.string(),
      })
      .nullable(),
    /** Null while the year has no holiday schedule, like the projection. */
    verdict: MonthVerdict.nullable(),
    credit: CreditView.nullable(),
    /**
     * The year's holiday schedule is not published or entered yet: the days still show what they
     * were, but required days, absences and the projection wait for it (never a Monday–Friday guess).
     */
    calendarPending: CalendarPending.nullable(),
    flags: z.array(FlagView),
  }),
);
