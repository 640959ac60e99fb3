import { z } from 'zod';
import { defineAction } from '../action';
import { ClientRequestId, Id, Month } from '../common';
import { DrawScopeLevel, DrawSummary, DrawView, FrameRule } from '../draw';

const MANAGERS = ['county_admin', 'city_admin'] as const;
const READERS = ['county_admin', 'city_admin', 'inspector'] as const;

/** Draws the caller manages or takes part in, newest month first, with what they have to do. */
export const drawList = defineAction(
  'draw.list',
  READERS,
  z.object({}).strict(),
  z.object({
    /** The scope a manager plans for (null for an inspector). */
    planScope: z.object({ level: DrawScopeLevel, id: z.string(), name: z.string() }).nullable(),
    /** The months a plan may be made for: this month and next (server clock). */
    planMonths: z.array(z.string()),
    draws: z.array(DrawSummary),
  }),
);

/** One draw in full (an unpublished plan only to its managers). */
export const drawGet = defineAction('draw.get', READERS, z.object({ drawId: Id }).strict(), DrawView);

/**
 * A manager (county admin: the county; city admin: the city) plans a draw: month, frame rule, rate
 * (10–100 %, at least 1 village per county) and optionally a public value fixed in advance. Planning
 * again before 公示 replaces the plan; after it, never.
 */
export const drawPlan = defineAction(
  'draw.plan',
  MANAGERS,
  z
    .object({
      month: Month,
      ratePercent: z
        .number({ error: '请填写抽取比例' })
        .int('抽取比例请填整数')
        .min(10, '抽取比例不能低于10%')
        .max(100, '抽取比例不能超过100%'),
      frameRule: FrameRule,
      publicValue: z
        .object({
          text: z.string({ error: '请填写公开数' }).trim().min(1, '请填写公开数').max(100, '公开数不超过100字'),
          source: z.string({ error: '请写明公开数的来源' }).trim().min(4, '请写明公开数的来源（如哪期彩票开奖号码）').max(100, '来源不超过100字'),
        })
        .strict()
        .nullable()
        .default(null),
      clientRequestId: ClientRequestId,
    })
    .strict(),
  DrawView,
);

/** 公示: the frame and the list of inspectors who must commit become public; the plan is fixed from here on. */
export const drawPublish = defineAction('draw.publish', MANAGERS, z.object({ drawId: Id, clientRequestId: ClientRequestId }).strict(), DrawView);

/** An inspector of the draw commits to a secret number: only its SHA-256 is sent (computed on the phone). */
export const drawCommit = defineAction(
  'draw.commit',
  ['inspector'],
  z
    .object({
      drawId: Id,
      hash: z
        .string({ error: '缺少承诺' })
        .trim()
        .toLowerCase()
        .regex(/^[0-9a-f]{64}$/, '承诺应是手机算出的64位十六进制数，请在手机上重新生成'),
      clientRequestId: ClientRequestId,
    })
    .strict(),
  DrawView,
);

/** Once every member has committed, each reveals the number; the last reveal draws. */
export const drawReveal = defineAction(
  'draw.reveal',
  ['inspector'],
  z
    .object({
      drawId: Id,
      value: z
        .string({ error: '请输入您的秘密数字' })
        .trim()
        .regex(/^\d{12,32}$/, '请输入您提交承诺时的数字（12到32位数字）'),
      clientRequestId: ClientRequestId,
    })
    .strict(),
  DrawView,
);

const PublicDrawJson = z.record(z.string(), z.unknown());

/** The public list of published draws (the same JSON as /public/draws/index.json), for anyone. */
export const drawPublicIndex = defineAction('draw.publicIndex', 'anyone', z.object({}).strict(), PublicDrawJson);

/** One published draw (the same JSON as /public/draws/<id>.json), for anyone. */
export const drawPublicGet = defineAction('draw.publicGet', 'anyone', z.object({ drawId: Id }).strict(), PublicDrawJson);

const TeamMember = z.object({ id: z.string(), name: z.string(), countyName: z.string() });

/** The manager's 督查组 and the inspectors (督查组成员) of their scope who may join one. */
export const teamsList = defineAction(
  'teams.list',
  MANAGERS,
  z.object({}).strict(),
  z.object({
    scope: z.object({ level: DrawScopeLevel, id: z.string(), name: z.string() }),
    teams: z.array(z.object({ id: z.string(), name: z.string(), members: z.array(TeamMember), homeCountyNames: z.array(z.string()) })),
    inspectors: z.array(TeamMember),
  }),
);

/**
 * Creates a 督查组 (no teamId) or changes one of the caller's scope: a name and its members, each a
 * 督查组成员 of the scope. Its home counties follow from its members. Draws already planned keep the
 * teams as they were.
 */
export const teamsSave = defineAction(
  'teams.save',
  MANAGERS,
  z
    .object({
      teamId: Id.optional(),
      name: z.string({ error: '请填写督查组名称' }).trim().min(2, '督查组名称至少2个字').max(20, '督查组名称不超过20字'),
      memberIds: z.array(Id, { error: '请选择成员' }).min(1, '请至少选择1名督查组成员').max(20, '一个督查组最多20人'),
      clientRequestId: ClientRequestId,
    })
    .strict(),
  z.object({ teamId: z.string() }),
);
