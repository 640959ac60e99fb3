import { z } from 'zod';
import { defineAction } from '../action';
import { ClientRequestId, Id, Month } from '../common';
import { ScopeLevel } from '../roles';
import {
  FeedbackAdminItem,
  FeedbackKind,
  FeedbackMineItem,
  FeedbackStatus,
  FileOut,
  RuleRow,
  Tone,
} from '../reports';

const READERS = ['township_supervisor', 'county_admin', 'inspector'] as const;
/** One village's month: also the city admin (any village of the city's counties). */
const VILLAGE_READERS = [...READERS, 'city_admin'] as const;

/**
 * The supervisor's month at a glance: villages ranked by compliance (colour from the county's
 * rule config), the cadres at risk, and the compliance rate of the last months.
 * Township supervisor: their township; county admin and inspector: the county or one township.
 */
export const reportsDashboard = defineAction(
  'reports.dashboard',
  VILLAGE_READERS,
  z
    .object({
      month: Month.optional(),
      townshipId: Id.optional(),
      /** A city admin: the county of their city to look at (default: the first). */
      countyId: Id.optional(),
      /** `villagesNext` of the previous answer: the ranking's next page (trend then comes empty). */
      villagesCursor: z.string().regex(/^\d{1,6}$/, '翻页标记不对').optional(),
      /** `atRiskNext` of the previous answer: the next page of people to watch (trend then comes empty). */
      atRiskCursor: z.string().regex(/^\d{1,6}$/, '翻页标记不对').optional(),
      /** Only villages (and people to watch) whose village, township or person name holds this text; ranks stay those of the whole list. */
      search: z.string().trim().max(20, '搜索最多20个字').optional(),
      /** Only villages of this colour. */
      tone: Tone.optional(),
      /**
       * false: leave the chart out (trend comes empty). The chart covers the last months up to this one
       * whatever month is shown, so the app asks for it once per scope and keeps it when switching months.
       */
      withTrend: z.boolean().optional(),
    })
    .strict(),
  z.object({
    scope: z.object({ level: ScopeLevel, id: z.string(), name: z.string() }),
    month: z.string(),
    today: z.string(),
    closed: z.boolean(),
    /** Months that may be chosen, newest first. */
    months: z.array(z.string()),
    /** Townships the caller may switch to (county level only). */
    townships: z.array(z.object({ id: z.string(), name: z.string() })),
    /** What the colours mean, from the rule config. */
    legend: z.array(z.string()),
    totals: z.object({ villages: z.number(), cadres: z.number(), passing: z.number(), atRisk: z.number(), failing: z.number() }),
    /** The county shown. */
    countyId: z.string(),
    /** For a city admin: the counties of their city, to switch between (empty for everyone else). */
    counties: z.array(z.object({ id: z.string(), name: z.string() })),
    /** Villages the search and colour filter keep (all villages when there is no filter). */
    matching: z.number(),
    villages: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        townshipName: z.string(),
        rank: z.number(),
        tone: Tone,
        cadres: z.number(),
        passingCadres: z.number(),
        complianceRate: z.number().nullable(),
        firstSecretary: z.string().nullable(),
        presentToday: z.number().nullable(),
        reasons: z.array(z.string()),
      }),
    ),
    atRisk: z.array(
      z.object({
        personId: z.string(),
        name: z.string(),
        roleLabel: z.string(),
        villageId: z.string(),
        villageName: z.string(),
        tone: Tone,
        sentence: z.string(),
        /** The roster's phone, for 拨打电话 straight from the list. */
        phone: z.string().nullable(),
      }),
    ),
    trend: z.array(z.object({ month: z.string(), complianceRate: z.number().nullable(), presenceRate: z.number().nullable(), cadres: z.number() })),
    /** Set when more of the ranking follows: pass as `villagesCursor`. */
    villagesNext: z.string().nullable(),
    /** Set when more people to watch follow: pass as `atRiskCursor`. */
    atRiskNext: z.string().nullable(),
  }),
);

/** One village's month: each cadre with the rule results and reasons, and the team's coverage gaps. */
export const reportsVillage = defineAction(
  'reports.village',
  VILLAGE_READERS,
  z.object({ villageId: Id, month: Month }).strict(),
  z.object({
    village: z.object({ id: z.string(), name: z.string(), townshipName: z.string() }),
    month: z.string(),
    closed: z.boolean(),
    tone: Tone,
    reasons: z.array(z.string()),
    coverage: z.object({ status: RuleRow.shape.status, reason: z.string(), gapDays: z.array(z.string()) }),
    cadres: z.array(
      z.object({
        personId: z.string(),
        name: z.string(),
        roleLabel: z.string(),
        unitName: z.string().nullable(),
        /** The roster's phone (supervisors in scope only), for 拨打电话. */
        phone: z.string().nullable(),
        tone: Tone,
        pass: z.boolean(),
        workingDays: z.number(),
        requiredDays: z.number().nullable(),
        presentDays: z.number(),
        fieldDays: z.number(),
        officialDays: z.number(),
        leaveDays: z.number(),
        absences: z.number(),
        diaryOnTime: z.number(),
        diaryLate: z.number(),
        diaryMissing: z.number(),
        projection: z.string(),
        rules: z.array(RuleRow),
      }),
    ),
  }),
);

/** 月纪实表 of one village as .xlsx. */
export const reportsVillageMonth = defineAction(
  'reports.villageMonth',
  VILLAGE_READERS,
  z.object({ villageId: Id, month: Month }).strict(),
  FileOut,
);

/** 汇总表: one row per village of a township (or the county) as .xlsx. */
export const reportsSummary = defineAction(
  'reports.summary',
  READERS,
  z.object({ month: Month, townshipId: Id.optional() }).strict(),
  FileOut,
);

/**
 * Villages a complaint may be about (public names only), grouped by township, one county at a time:
 * the caller's own county, or for a villager the county they chose from `counties` (chosen for them
 * when the deployment has one).
 */
export const feedbackPlaces = defineAction(
  'feedback.places',
  'anyone',
  z.object({ countyId: Id.optional() }).strict(),
  z.object({
    /** The counties a villager chooses from (empty for a person of a county: theirs is used). */
    counties: z.array(z.object({ id: z.string(), name: z.string() })),
    /** The county whose villages follow (null: a villager has not chosen yet). */
    countyId: z.string().nullable(),
    townships: z.array(z.object({ townshipName: z.string(), villages: z.array(z.object({ id: z.string(), name: z.string() })) })),
  }),
);

/** 投诉建议: anyone may send one, optionally anonymous (the county admin then sees no identity). */
export const feedbackSubmit = defineAction(
  'feedback.submit',
  'anyone',
  z
    .object({
      kind: FeedbackKind,
      text: z.string().trim().min(5, '请至少写5个字，说清楚事情').max(1000, '内容太长，请控制在1000字以内'),
      anonymous: z.boolean(),
      contact: z.string().trim().max(40, '联系方式太长').optional(),
      villageId: Id.optional(),
      clientRequestId: ClientRequestId,
    })
    .strict()
    .refine((v) => !(v.anonymous && v.contact), { message: '匿名提交时请不要填写联系方式', path: ['contact'] }),
  z.object({ id: z.string(), status: FeedbackStatus }),
);

/** What I sent, newest first, with the answers. */
export const feedbackMine = defineAction('feedback.mine', 'anyone', z.object({}).strict(), z.array(FeedbackMineItem));

/** The county admin's inbox of complaints and suggestions of their county. */
export const feedbackList = defineAction(
  'feedback.list',
  ['county_admin'],
  z.object({ status: FeedbackStatus.optional(), offset: z.number().int().min(0).max(100000).optional() }).strict(),
  z.object({ items: z.array(FeedbackAdminItem), open: z.number(), more: z.boolean() }),
);

/** The county admin answers (and may close) an item; audited. */
export const feedbackReply = defineAction(
  'feedback.reply',
  ['county_admin'],
  z
    .object({
      id: Id,
      reply: z.string().trim().min(2, '请填写答复内容').max(1000, '答复太长，请控制在1000字以内'),
      close: z.boolean().optional(),
      clientRequestId: ClientRequestId,
    })
    .strict(),
  z.object({ id: z.string(), status: FeedbackStatus }),
);
