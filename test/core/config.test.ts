import { DEFAULT_RULE_CONFIG, parseRuleConfig, presenceRatioValue } from '../../src/core/rules/config';

const clone = () => structuredClone(DEFAULT_RULE_CONFIG) as unknown as Record<string, Record<string, unknown>>;

describe('rule config', () => {
  it('defaults follow DOMAIN.md and validate', () => {
    expect(presenceRatioValue(DEFAULT_RULE_CONFIG)).toBeCloseTo(2 / 3);
    expect(DEFAULT_RULE_CONFIG.leave.countyApprovalAboveDays).toBe(3);
    expect(DEFAULT_RULE_CONFIG.survey.awarenessMin).toBe(0.6);
    expect(parseRuleConfig(DEFAULT_RULE_CONFIG)).toEqual({ ok: true, config: DEFAULT_RULE_CONFIG });
  });

  it('refuses bad input in Chinese', () => {
    const c = clone();
    c.presence.ratio = { numerator: 4, denominator: 3 };
    c.diary.graceHours = -1;
    c.clockIn.maxAccuracyM = '200';
    const r = parseRuleConfig(c);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toEqual(
        expect.arrayContaining(['驻村比例不能超过100%', '日志补写宽限小时数不能小于0', '定位精度上限（米）须为数字']),
      );
      for (const e of r.errors) expect(e).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('refuses unknown keys, wrong shapes and inconsistent thresholds', () => {
    const c = clone();
    c.presence.extra = true;
    c.coverage = 'yes' as unknown as Record<string, unknown>;
    (c.grading as Record<string, unknown>).thresholds = { excellent: 70, competent: 80, basic: 60 };
    const r = parseRuleConfig(c);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toContain('驻村要求中有不认识的设置项');
      expect(r.errors).toContain('每日在岗格式不正确');
      expect(r.errors).toContain('分数线须满足：优秀 ≥ 称职 ≥ 基本称职');
    }
    expect(parseRuleConfig(null)).toEqual({ ok: false, errors: ['规则配置格式不正确'] });
  });
});
