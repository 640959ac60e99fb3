import { z } from 'zod';
import { defineAction } from '../action';
import { CADRE_ROLES } from '../roles';

/** A cadre's home: today's state and the month so far, with the projection sentence. */
export const cadreToday = defineAction(
  'cadre.today',
  CADRE_ROLES,
  z.object({}).strict(),
  z.object({
    day: z.string(),
    village: z.object({ id: z.string(), name: z.string() }),
    clockedIn: z.boolean(),
    clockInAt: z.string().nullable(),
    diaryWritten: z.boolean(),
    month: z.object({
      month: z.string(),
      workingDays: z.number(),
      workingDaysSoFar: z.number(),
      presentDays: z.number(),
      requiredDays: z.number().nullable(),
      projection: z.object({
        status: z.enum(['done', 'on-track', 'at-risk', 'cannot-reach', 'not-applicable']),
        sentence: z.string(),
      }),
    }),
  }),
);
