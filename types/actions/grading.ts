import { z } from 'zod';
import { defineAction } from '../action';
import { Id, Month } from '../common';
import { Year } from '../grades';

const Grade = z.enum(['excellent', 'competent', 'basic', 'incompetent']);

/** Proposed grades of a village's cadres for a month, with their explanation and any confirmed grade. */
export const gradingVillage = defineAction(
  'grading.village',
  ['county_admin', 'township_supervisor', 'inspector'],
  z.object({ villageId: Id, month: Month }).strict(),
  z.array(
    z.object({
      personId: z.string(),
      name: z.string(),
      proposed: Grade,
      label: z.string(),
      score: z.number().nullable(),
      explanation: z.array(z.string()),
      confirmed: z.object({ grade: Grade, by: z.string(), at: z.string(), note: z.string().nullable() }).nullable(),
    }),
  ),
);

/**
 * A grade is only a proposal until the county admin confirms it (audited); the month (or, with
 * `year`, the year) must be over. A grade other than the proposal needs a reason in `note`.
 * 不称职 opens a recall (召回) task for the sending unit's contact.
 */
export const confirmGrade = defineAction(
  'grading.confirm',
  ['county_admin'],
  z
    .object({ personId: Id, month: Month.optional(), year: Year.optional(), grade: Grade, note: z.string().trim().max(200, '说明太长').optional() })
    .strict()
    .refine((x) => (x.month === undefined) !== (x.year === undefined), { message: '请选择月份或年份（二选一）', path: ['month'] }),
  z.object({ personId: z.string(), month: z.string(), grade: Grade }),
);
