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
  };
  leave: {
    /** Leave longer than this many days is approved by the county instead of the township. */
    countyApprovalAboveDays: number;
  };
  clockIn: {
    /** A location fix less accurate than this (metres) is refused. */
    maxAccuracyM: number;
  };
  projection: {
    /** At risk when the spare working days (remaining − needed) are at most this many. */
    atRiskSlack: number;
  };
  survey: {
    /** Minimum awareness rate (知晓率) as a share, 0..1. */
    awarenessMin: number;
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
  diary: { graceHours: 0, allowedDefects: 0 },
  leave: { countyApprovalAboveDays: 3 },
  clockIn: { maxAccuracyM: 200 },
  projection: { atRiskSlack: 2 },
  survey: { awarenessMin: 0.6 },
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

/** A strict object whose own errors (wrong type, unknown keys) read in Chinese. */
const obj = <T extends z.core.$ZodLooseShape>(label: string, shape: T) =>
  z.strictObject(shape, {
    error: (iss) =>
      iss.code === 'unrecognized_keys' ? `${label}中有不认识的设置项：${iss.keys.join('、')}` : `${label}格式不正确`,
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
  }),
  leave: obj('请假', { countyApprovalAboveDays: int('县级审批请假天数', 0, 365) }),
  clockIn: obj('打卡', { maxAccuracyM: int('定位精度上限（米）', 10, 5000) }),
  projection: obj('达标预警', { atRiskSlack: int('预警余量天数', 0, 31) }),
  survey: obj('群众评价', { awarenessMin: num('知晓率要求', 0, 1) }),
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
