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
