import { z } from 'zod';

export const Grade = z.enum(['excellent', 'competent', 'basic', 'incompetent']);
export type Grade = z.infer<typeof Grade>;

/** A year, 'YYYY', in 2000..2100. */
export const Year = z
  .string({ error: '请填写年份' })
  .regex(/^\d{4}$/, '年份应写成2026这样')
  .refine((y) => Number(y) >= 2000 && Number(y) <= 2100, '年份应在2000到2100之间');

/** A grading period: a month 'YYYY-MM' or a year 'YYYY'. */
export const Period = z.string({ error: '请选择月份或年份' }).regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, '应写成2026-05（月）或2026（年）');

/** One part of a proposed grade, with the value and why. */
export const GradeComponent = z.object({
  key: z.enum(['compliance', 'survey', 'inspection', 'rectification']),
  label: z.string(),
  value: z.string(),
  reason: z.string(),
});

export const GradeReviewRow = z.object({
  personId: z.string(),
  name: z.string(),
  roleLabel: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  townshipName: z.string(),
  unitName: z.string().nullable(),
  proposed: Grade,
  label: z.string(),
  score: z.number().nullable(),
  components: z.array(GradeComponent),
  explanation: z.array(z.string()),
  confirmed: z.object({ grade: Grade, label: z.string(), by: z.string(), at: z.string(), note: z.string().nullable() }).nullable(),
});
export type GradeReviewRow = z.infer<typeof GradeReviewRow>;

export const BulletinRow = z.object({
  rank: z.number(),
  name: z.string(),
  countyName: z.string(),
  villageName: z.string(),
  townshipName: z.string(),
  unitName: z.string().nullable(),
  score: z.number().nullable(),
  grade: Grade,
  label: z.string(),
  confirmed: z.boolean(),
});
export type BulletinRow = z.infer<typeof BulletinRow>;

export const RecallStatus = z.enum(['open', 'done', 'cancelled']);
export const RecallView = z.object({
  id: z.string(),
  personName: z.string(),
  villageName: z.string(),
  unitName: z.string(),
  period: z.string(),
  reason: z.string(),
  status: RecallStatus,
  createdAt: z.string(),
  doneAt: z.string().nullable(),
  doneNote: z.string().nullable(),
});
export type RecallView = z.infer<typeof RecallView>;
