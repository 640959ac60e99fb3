/** Shared schemas of the survey area (the contracts are in actions/survey.ts). */
import { z } from 'zod';
import type { SurveyQuestion } from '../src/core/survey/types';

export const QUESTION_KINDS = ['single', 'multi', 'rating', 'text'] as const;
export const QUESTION_KIND_LABELS: Record<(typeof QUESTION_KINDS)[number], string> = {
  single: '单选题',
  multi: '多选题',
  rating: '评分题',
  text: '简答题',
};

export const SurveyQuestionSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9]{0,7}$/, '题目编号格式不对'),
    kind: z.enum(QUESTION_KINDS, { error: '题型不对' }),
    title: z.string().trim().min(2, '题目至少2个字').max(100, '题目最多100个字'),
    options: z.array(z.string().trim().min(1, '选项不能为空').max(30, '选项最多30个字')).max(8, '最多8个选项'),
    required: z.boolean(),
    measure: z.enum(['awareness', 'satisfaction']).nullable(),
    positive: z.array(z.number().int()).max(8),
    skip: z.array(z.object({ when: z.number().int(), to: z.string().max(8) }).strict()).max(8),
  })
  .strict();
// The zod shape and the core type describe the same data.
export const _questionShapeMatches: z.infer<typeof SurveyQuestionSchema> extends SurveyQuestion ? true : never = true;

export const SurveyAnswerValueSchema = z.union([
  z.number().int(),
  z.array(z.number().int()).max(8),
  z.string().max(200, '最多200个字'),
]);
export const SurveyAnswersSchema = z.record(z.string().max(8), SurveyAnswerValueSchema);

/** What the villager types for 'one answer per household'. */
export const HouseholdSchema = z
  .object({
    head: z.string().max(20, '户主姓名太长'),
    group: z.string().max(20, '组或门牌号太长'),
  })
  .strict();

export const CampaignStatus = z.enum(['open', 'closed']);

/** A rate with its 95% Wilson interval. */
export const RateSchema = z.object({
  questionId: z.string(),
  positive: z.number(),
  n: z.number(),
  rate: z.number(),
  low: z.number(),
  high: z.number(),
  tooFew: z.boolean(),
});

export const CampaignSummary = z.object({
  id: z.string(),
  title: z.string(),
  organiser: z.string(),
  status: CampaignStatus,
  /** 'open' but outside its period reads 'not-started' or 'ended'. */
  state: z.enum(['not-started', 'running', 'ended', 'closed']),
  from: z.string(),
  to: z.string(),
  targetPerVillage: z.number(),
  onePerHousehold: z.boolean(),
  villages: z.array(z.object({ id: z.string(), name: z.string(), answers: z.number() })),
  answers: z.number(),
  createdByName: z.string(),
  canClose: z.boolean(),
});

/** Villages one campaign may take (each gets its own QR code, written with the campaign). */
export const MAX_CAMPAIGN_VILLAGES = 200;
