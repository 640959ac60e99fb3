import { z } from 'zod';
import { defineAction } from '../action';
import { Day, Month } from '../common';

const DayKind = z.enum(['workday', 'weekend', 'holiday', 'makeup-workday']);

/** The month's working-day calendar: State Council schedule plus the county's overrides. */
export const calendarMonth = defineAction(
  'calendar.month',
  'person',
  z.object({ month: Month }).strict(),
  z.object({
    month: z.string(),
    days: z.array(z.object({ date: z.string(), kind: DayKind, name: z.string().optional() })),
    workingDays: z.number(),
  }),
);

/** County admin: make a day a workday or a rest day for the county (audited); `kind: null` removes it. */
export const setCalendarOverride = defineAction(
  'calendar.setOverride',
  ['county_admin'],
  z.object({ date: Day, kind: z.enum(['workday', 'rest']).nullable(), reason: z.string().trim().min(2, '请写明原因').max(60, '原因太长') }).strict(),
  z.object({ date: z.string(), kind: z.enum(['workday', 'rest']).nullable() }),
);
