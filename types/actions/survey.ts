import { z } from 'zod';
import { defineAction } from '../action';
import { ClientRequestId, Day, Id } from '../common';
import { CADRE_ROLES } from '../roles';
import {
  CampaignSummary,
  MAX_CAMPAIGN_VILLAGES,
  HouseholdSchema,
  RateSchema,
  SurveyAnswersSchema,
  SurveyQuestionSchema,
} from '../survey';

const STAFF = ['county_admin', 'township_supervisor'] as const;

const Scene = z.string().regex(/^[0-9A-Za-z_-]{16,32}$/, '二维码无效，请重新扫码');

/** County admin or township supervisor: a campaign for chosen villages in their scope. */
export const createCampaign = defineAction(
  'survey.createCampaign',
  STAFF,
  z
    .object({
      title: z.string().trim().min(4, '标题至少4个字').max(40, '标题最多40个字'),
      templateId: z.enum(['awareness', 'satisfaction', 'combined', 'custom'], { error: '请选择问卷模板' }),
      questions: z.array(SurveyQuestionSchema).min(1, '请至少添加一道题').max(30, '最多30道题'),
      villageIds: z.array(Id).min(1, '请至少选择一个村').max(MAX_CAMPAIGN_VILLAGES, `一次最多选${MAX_CAMPAIGN_VILLAGES}个村`),
      from: Day,
      to: Day,
      targetPerVillage: z.number({ error: '请填写每村目标份数' }).int('目标份数须为整数').min(1, '目标份数至少为1').max(5000, '目标份数太大'),
      onePerHousehold: z.boolean(),
      clientRequestId: ClientRequestId,
    })
    .strict(),
  z.object({ id: z.string(), villages: z.number() }),
);

export const listCampaigns = defineAction(
  'survey.listCampaigns',
  ['county_admin', 'township_supervisor', 'inspector', ...CADRE_ROLES],
  z.object({}).strict(),
  z.object({ campaigns: z.array(CampaignSummary) }),
);

export const closeCampaign = defineAction(
  'survey.closeCampaign',
  STAFF,
  z.object({ campaignId: Id, clientRequestId: ClientRequestId }).strict(),
  z.object({ id: z.string(), status: z.literal('closed'), closedAt: z.string() }),
);

/** The QR code of one village and campaign (made on first request), with what the poster says. */
export const surveyCode = defineAction(
  'survey.code',
  STAFF,
  z.object({ campaignId: Id, villageId: Id }).strict(),
  z.object({
    scene: z.string(),
    imageUrl: z.string(),
    /** The H5 link (local stack) the code opens; null in the mini-program. */
    link: z.string().nullable(),
    villageName: z.string(),
    townshipName: z.string(),
    campaignTitle: z.string(),
    organiser: z.string(),
    from: z.string(),
    to: z.string(),
  }),
);

/** Villager: what the code opens. Anonymous; who asks and the questions. */
export const openSurvey = defineAction(
  'survey.open',
  'anyone',
  z.object({ scene: Scene }).strict(),
  z.object({
    campaignTitle: z.string(),
    organiser: z.string(),
    villageName: z.string(),
    to: z.string(),
    onePerHousehold: z.boolean(),
    questions: z.array(SurveyQuestionSchema),
  }),
);

export const submitSurvey = defineAction(
  'survey.submit',
  'anyone',
  z
    .object({
      scene: Scene,
      answers: SurveyAnswersSchema,
      household: HouseholdSchema.optional(),
      clientRequestId: ClientRequestId,
    })
    .strict(),
  z.object({ received: z.literal(true), message: z.string() }),
);

const VillageResult = z.object({
  villageId: z.string(),
  villageName: z.string(),
  answers: z.number(),
  target: z.number(),
  tooFew: z.boolean(),
  /** Fewer answers than survey.minCellAnswers and the caller does not supervise the village: only the count. */
  withheld: z.boolean(),
  awareness: RateSchema.nullable(),
  satisfaction: RateSchema.nullable(),
  questions: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      kind: z.string(),
      n: z.number(),
      counts: z.array(z.object({ label: z.string(), count: z.number() })),
      rate: RateSchema.nullable(),
    }),
  ),
});

/** Aggregates only (never an individual answer): per village in the caller's scope. */
export const surveyResults = defineAction(
  'survey.results',
  ['county_admin', 'township_supervisor', 'inspector', ...CADRE_ROLES],
  z.object({ campaignId: Id, villageId: Id.optional() }).strict(),
  z.object({
    campaign: z.object({ id: z.string(), title: z.string(), from: z.string(), to: z.string(), state: z.string() }),
    awarenessMin: z.number(),
    minAnswers: z.number(),
    minCellAnswers: z.number(),
    villages: z.array(VillageResult),
  }),
);

export const surveyExport = defineAction(
  'survey.export',
  ['county_admin', 'township_supervisor', 'inspector', ...CADRE_ROLES],
  z.object({ campaignId: Id, villageId: Id.optional() }).strict(),
  z.object({ fileName: z.string(), base64: z.string() }),
);
