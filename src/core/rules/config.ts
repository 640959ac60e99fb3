import { z } from 'zod';

/** Stationed roles the rules judge. */
export type CadreRole = 'first_secretary' | 'team_leader' | 'team_member';

/**
 * Every number a county may tune. Defaults (DEFAULT_RULE_CONFIG) follow DOMAIN.md.
 */
export interface RuleConfig {
  presence: {
    /**
     * Required share of the month's working days, as a fraction.
     * Required days = ⌈numerator × workingDays / denominator⌉ (rounded up, in
     * exact integer arithmetic): 2/3 of 22 working days → 15, of 18 → 12, of 21 → 14.
     */
    ratio: { numerator: number; denominator: number };
    /** Roles the presence ratio applies to (default: first secretary only). */
    roles: CadreRole[];
    /** Field work (外勤) days count as days in the village. */
    fieldWorkCounts: boolean;
    /** Official business (公假, e.g. training called by the county) counts as days in the village. */
    officialBusinessCounts: boolean;
    /** Days in the village on weekends/holidays also count toward the requirement. */
    restDaysCount: boolean;
    /** Unexcused absences tolerated in a month before the absence rule fails. */
    allowedUnexcusedAbsences: number;
  };
  coverage: {
    /** Judge team coverage (someone in the village every calendar day). */
    enabled: boolean;
    /** Days without anybody tolerated in a month before the coverage rule fails. */
    allowedGapDays: number;
  };
  diary: {
    /**
     * Hours after midnight following the day during which the diary still counts as
     * on time. 0 → must be written by 23:59:59 that day; 10 → until 10:00 next morning.
     */
    graceHours: number;
    /** Missing plus late diaries tolerated in a month before the diary rule fails. */
    allowedDefects: number;
    /** Batched writing: this many entries for different days created within `batchWindowMinutes`. */
    batchMinEntries: number;
    batchWindowMinutes: number;
    /** Near-duplicate text: similarity (0..1) from which two entries are flagged. */
    duplicateSimilarity: number;
    /** Whether a diary entry must carry at least one photo (default: optional). */
    photosRequired: boolean;
  };
  leave: {
    /** Leave longer than this many days is approved by the county instead of the township. */
    countyApprovalAboveDays: number;
    /** Days after the leave's end without an in-village clock-in before the return counts as overdue. */
    returnGraceDays: number;
  };
  clockIn: {
    /** A location fix less accurate than this (metres) is refused. */
    maxAccuracyM: number;
    /** A fix the phone marks fuzzy (approximate) less accurate than this (metres) is refused. */
    fuzzyMaxAccuracyM: number;
    /**
     * For a fuzzy fix the fence is widened by this many metres (at most the fix's stated accuracy);
     * a clock-in that counts only thanks to it is flagged for the supervisors.
     */
    fuzzyExtraM: number;
    /** Offline clock-ins are accepted with their device time within this many hours. */
    offlineWindowHours: number;
  };
  plausibility: {
    /** Consecutive records implying a faster journey than this (km/h) are flagged. */
    maxSpeedKmh: number;
    /** The same coordinates (to the metre) on this many different days are flagged. */
    repeatedCoordinateDays: number;
  };
  schedule: {
    /** Times of day (HH:mm, Asia/Shanghai) at which each job runs. */
    clockInReminder: string;
    diaryReminder: string;
    forwardWarning: string;
    coverageCheck: string;
    overdueReturnCheck: string;
    /** Month close: day of month and time. */
    monthCloseDay: number;
    monthCloseTime: string;
    /** A supervisor alert unacknowledged for this many days goes to the county admin. */
    escalationDays: number;
    /** No messages are sent in quiet hours (HH:mm to HH:mm, may span midnight); they wait. */
    quietFrom: string;
    quietTo: string;
  };
  projection: {
    /** At risk when the spare working days (remaining − needed) are at most this many. */
    atRiskSlack: number;
  };
  survey: {
    /** Minimum awareness rate (知晓率) as a share, 0..1. */
    awarenessMin: number;
    /** Fewer answers than this for a village reads as 'too few answers'. */
    minAnswers: number;
    /**
     * Fewer answers than this for a village: its cadres see no per-option counts or rates, and
     * exports show no per-option breakdown of it (a small cell would tell who answered what).
     */
    minCellAnswers: number;
    /** Answers accepted per village per hour (anti-stuffing). */
    maxAnswersPerVillagePerHour: number;
  };
  grading: {
    /** Unexcused-absence counts from which a cap applies. */
    caps: { notExcellentFrom: number; atMostBasicFrom: number; incompetentFrom: number };
    /** Relative weights of the score components (re-normalised over those present). */
    weights: { presence: number; diary: number; coverage: number; inspection: number; survey: number };
    /** Minimum score (0–100) for each grade. */
    thresholds: { excellent: number; competent: number; basic: number };
  };
}

/** The defaults of DOMAIN.md. */
export const DEFAULT_RULE_CONFIG: RuleConfig = {
  presence: {
    ratio: { numerator: 2, denominator: 3 },
    roles: ['first_secretary'],
    fieldWorkCounts: true,
    officialBusinessCounts: true,
    restDaysCount: false,
    allowedUnexcusedAbsences: 0,
  },
  coverage: { enabled: true, allowedGapDays: 0 },
  diary: { graceHours: 0, allowedDefects: 0, batchMinEntries: 3, batchWindowMinutes: 30, duplicateSimilarity: 0.8, photosRequired: false },
  leave: { countyApprovalAboveDays: 3, returnGraceDays: 1 },
  clockIn: { maxAccuracyM: 200, fuzzyMaxAccuracyM: 1000, fuzzyExtraM: 1000, offlineWindowHours: 48 },
  plausibility: { maxSpeedKmh: 150, repeatedCoordinateDays: 3 },
  schedule: {
    clockInReminder: '10:00',
    diaryReminder: '20:00',
    forwardWarning: '09:00',
    coverageCheck: '08:30',
    overdueReturnCheck: '09:30',
    monthCloseDay: 1,
    monthCloseTime: '06:00',
    escalationDays: 3,
    quietFrom: '21:30',
    quietTo: '07:30',
  },
  projection: { atRiskSlack: 2 },
  survey: { awarenessMin: 0.6, minAnswers: 30, minCellAnswers: 5, maxAnswersPerVillagePerHour: 60 },
  grading: {
    caps: { notExcellentFrom: 1, atMostBasicFrom: 2, incompetentFrom: 3 },
    weights: { presence: 40, diary: 20, coverage: 10, inspection: 20, survey: 10 },
    thresholds: { excellent: 90, competent: 75, basic: 60 },
  },
};

const int = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label}须为数字` })
    .int({ error: `${label}须为整数` })
    .min(min, { error: `${label}不能小于${min}` })
    .max(max, { error: `${label}不能大于${max}` });

const num = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label}须为数字` })
    .min(min, { error: `${label}不能小于${min}` })
    .max(max, { error: `${label}不能大于${max}` });

const bool = (label: string) => z.boolean({ error: `${label}须为是或否` });

const hhmm = (label: string) =>
  z.string({ error: `${label}须为时间` }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${label}须为“时:分”，如 10:00` });

/** A strict object whose own errors (wrong type, unknown keys) read in Chinese. */
const obj = <T extends z.core.$ZodLooseShape>(label: string, shape: T) =>
  z.strictObject(shape, {
    error: (iss) =>
      iss.code === 'unrecognized_keys' ? `${label}中有不认识的设置项` : `${label}格式不正确`,
  });

/** Zod schema of RuleConfig; every message is plain Chinese. Unknown keys are refused. */
export const ruleConfigSchema = obj('规则配置', {
  presence: obj('驻村要求', {
    ratio: obj('驻村比例', { numerator: int('驻村比例分子', 0, 100), denominator: int('驻村比例分母', 1, 100) })
      .refine((r) => r.numerator <= r.denominator, { error: '驻村比例不能超过100%' }),
    roles: z
      .array(z.enum(['first_secretary', 'team_leader', 'team_member'], { error: '角色不正确' }))
      .max(3, { error: '角色重复' }),
    fieldWorkCounts: bool('外勤是否计入驻村'),
    officialBusinessCounts: bool('公假是否计入驻村'),
    restDaysCount: bool('休息日驻村是否计入'),
    allowedUnexcusedAbsences: int('允许无故缺勤天数', 0, 31),
  }),
  coverage: obj('每日在岗', {
    enabled: bool('是否检查每日在岗'),
    allowedGapDays: int('允许无人在村天数', 0, 31),
  }),
  diary: obj('工作日志', {
    graceHours: int('日志补写宽限小时数', 0, 24),
    allowedDefects: int('允许日志缺漏天数', 0, 31),
    batchMinEntries: int('集中补写判定条数', 2, 31),
    batchWindowMinutes: int('集中补写判定分钟数', 1, 1440),
    duplicateSimilarity: num('日志雷同判定相似度', 0.5, 1),
    photosRequired: bool('日志是否必须附照片'),
  }),
  leave: obj('请假', {
    countyApprovalAboveDays: int('县级审批请假天数', 0, 365),
    returnGraceDays: int('销假宽限天数', 0, 30),
  }),
  clockIn: obj('打卡', {
    maxAccuracyM: int('定位精度上限（米）', 10, 5000),
    fuzzyMaxAccuracyM: int('模糊定位精度上限（米）', 100, 2000),
    fuzzyExtraM: int('模糊定位放宽范围（米）', 0, 1000),
    offlineWindowHours: int('离线打卡补交时限（小时）', 1, 168),
  }),
  plausibility: obj('异常提示', {
    maxSpeedKmh: int('两次打卡间最高合理时速（公里）', 10, 1000),
    repeatedCoordinateDays: int('坐标完全重复判定天数', 2, 31),
  }),
  schedule: obj('提醒时间', {
    clockInReminder: hhmm('打卡提醒时间'),
    diaryReminder: hhmm('日志提醒时间'),
    forwardWarning: hhmm('达标预警时间'),
    coverageCheck: hhmm('在岗检查时间'),
    overdueReturnCheck: hhmm('销假检查时间'),
    monthCloseDay: int('月结日', 1, 28),
    monthCloseTime: hhmm('月结时间'),
    escalationDays: int('预警升级天数', 1, 30),
    quietFrom: hhmm('免打扰开始时间'),
    quietTo: hhmm('免打扰结束时间'),
  }),
  projection: obj('达标预警', { atRiskSlack: int('预警余量天数', 0, 31) }),
  survey: obj('群众评价', {
    awarenessMin: num('知晓率要求', 0, 1),
    minAnswers: int('最少有效样本数', 1, 10000),
    minCellAnswers: int('分项显示最少答卷数', 1, 1000),
    maxAnswersPerVillagePerHour: int('每村每小时答卷上限', 1, 100000),
  }),
  grading: obj('评定等次', {
      caps: obj('缺勤封顶', {
          notExcellentFrom: int('不评优秀的缺勤天数', 1, 31),
          atMostBasicFrom: int('最高基本称职的缺勤天数', 1, 31),
          incompetentFrom: int('评为不称职的缺勤天数', 1, 31),
        })
        .refine((c) => c.notExcellentFrom <= c.atMostBasicFrom && c.atMostBasicFrom <= c.incompetentFrom, {
          error: '缺勤天数门槛须依次不减',
        }),
      weights: obj('评分权重', {
        presence: num('驻村权重', 0, 100),
        diary: num('日志权重', 0, 100),
        coverage: num('在岗权重', 0, 100),
        inspection: num('督查权重', 0, 100),
        survey: num('群众评价权重', 0, 100),
      }),
      thresholds: obj('分数线', {
          excellent: num('优秀分数线', 0, 100),
          competent: num('称职分数线', 0, 100),
          basic: num('基本称职分数线', 0, 100),
        })
        .refine((t) => t.excellent >= t.competent && t.competent >= t.basic, {
          error: '分数线须满足：优秀 ≥ 称职 ≥ 基本称职',
        }),
    })
    .refine((g) => g.weights.presence + g.weights.diary + g.weights.coverage > 0, {
      error: '驻村、日志、在岗的权重不能全为0',
    }),
});

/** Outcome of validating a submitted configuration. */
export type ParseRuleConfigResult = { ok: true; config: RuleConfig } | { ok: false; errors: string[] };

/** Validates an edited configuration; errors are short Chinese lines, one per problem. */
export function parseRuleConfig(input: unknown): ParseRuleConfigResult {
  const r = ruleConfigSchema.safeParse(input);
  if (r.success) return { ok: true, config: r.data };
  return { ok: false, errors: r.error.issues.map((i) => i.message || '配置格式不正确') };
}

/** Required share as a number 0..1 (for display only; rules use exact integers). */
export function presenceRatioValue(config: RuleConfig): number {
  return config.presence.ratio.numerator / config.presence.ratio.denominator;
}
