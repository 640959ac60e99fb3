import { changedSettingPaths, DEFAULT_RULE_CONFIG, mergeRuleConfig, parseRuleConfig, ruleConfigChanges, settingDifferences, type RuleConfig } from '../../src/core';

const withChanges = (mutate: (c: RuleConfig) => void): RuleConfig => {
  const c = structuredClone(DEFAULT_RULE_CONFIG);
  mutate(c);
  return c;
};

describe('county rule config: stored changes merged over the defaults', () => {
  it('reads nothing stored as the defaults, without problems', () => {
    expect(mergeRuleConfig(undefined)).toEqual({ config: DEFAULT_RULE_CONFIG, problems: [] });
    expect(mergeRuleConfig(null)).toEqual({ config: DEFAULT_RULE_CONFIG, problems: [] });
    expect(mergeRuleConfig({})).toEqual({ config: DEFAULT_RULE_CONFIG, problems: [] });
  });

  it('answers the same stored tree again with a copy of its own (a caller changing it changes no later read)', () => {
    const stored = { diary: { graceHours: 12 } };
    const first = mergeRuleConfig(stored);
    first.config.diary.graceHours = 99;
    first.problems.push('changed by a caller');
    expect(mergeRuleConfig({ diary: { graceHours: 12 } })).toEqual({ config: withChanges((c) => (c.diary.graceHours = 12)), problems: [] });
  });

  it('keeps an old full document and gives settings added since then their defaults', () => {
    // A document saved before diary detection, leave, clock-in, plausibility, schedule and survey existed.
    const old = {
      presence: { ratio: { numerator: 3, denominator: 4 }, roles: ['first_secretary', 'team_leader'], fieldWorkCounts: false, officialBusinessCounts: true, restDaysCount: false, allowedUnexcusedAbsences: 1 },
      coverage: { enabled: false, allowedGapDays: 2 },
      diary: { graceHours: 10, allowedDefects: 1 },
      projection: { atRiskSlack: 3 },
      grading: { caps: { notExcellentFrom: 1, atMostBasicFrom: 2, incompetentFrom: 4 } },
    };
    expect(parseRuleConfig(old).ok).toBe(false); // the old reading threw all of this away
    const { config, problems } = mergeRuleConfig(old);
    expect(problems).toEqual([]);
    expect(config.presence.ratio).toEqual({ numerator: 3, denominator: 4 });
    expect(config.presence.roles).toEqual(['first_secretary', 'team_leader']);
    expect(config.coverage).toEqual({ enabled: false, allowedGapDays: 2 });
    expect(config.diary.graceHours).toBe(10);
    expect(config.diary.batchMinEntries).toBe(DEFAULT_RULE_CONFIG.diary.batchMinEntries);
    expect(config.diary.photosRequired).toBe(false);
    expect(config.leave).toEqual(DEFAULT_RULE_CONFIG.leave);
    expect(config.schedule).toEqual(DEFAULT_RULE_CONFIG.schedule);
    expect(config.grading.caps.incompetentFrom).toBe(4);
    expect(config.grading.weights).toEqual(DEFAULT_RULE_CONFIG.grading.weights);
    expect(parseRuleConfig(config)).toEqual({ ok: true, config });
  });

  it('counts an invalid stored value as its default and reports it in Chinese, keeping the rest', () => {
    const { config, problems } = mergeRuleConfig({ diary: { graceHours: 99, allowedDefects: 2 }, clockIn: { maxAccuracyM: '300' } });
    expect(config.diary.graceHours).toBe(DEFAULT_RULE_CONFIG.diary.graceHours);
    expect(config.diary.allowedDefects).toBe(2);
    expect(config.clockIn.maxAccuracyM).toBe(DEFAULT_RULE_CONFIG.clockIn.maxAccuracyM);
    expect(problems).toEqual([
      '已保存的设置无效：日志补写宽限小时数不能大于24，暂按默认值计算，请重新设置。',
      '已保存的设置无效：定位精度上限（米）须为数字，暂按默认值计算，请重新设置。',
    ]);
  });

  it('resets a group whose cross-field rule fails, and only that group', () => {
    const { config, problems } = mergeRuleConfig({
      grading: { thresholds: { excellent: 70, competent: 80, basic: 60 }, weights: { survey: 30 } },
      presence: { ratio: { numerator: 5, denominator: 3 }, allowedUnexcusedAbsences: 2 },
    });
    expect(config.grading.thresholds).toEqual(DEFAULT_RULE_CONFIG.grading.thresholds);
    expect(config.grading.weights.survey).toBe(30);
    expect(config.presence.ratio).toEqual(DEFAULT_RULE_CONFIG.presence.ratio);
    expect(config.presence.allowedUnexcusedAbsences).toBe(2);
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringContaining('分数线须满足'), expect.stringContaining('驻村比例不能超过100%')]),
    );
  });

  it('reports retired or unknown settings and a wrong-shaped group instead of dropping them silently', () => {
    const { config, problems } = mergeRuleConfig({ diary: { oldSetting: 1, graceHours: 2 }, legacy: true, coverage: 'yes', presence: { roles: ['mayor'] } });
    expect(config.diary.graceHours).toBe(2);
    expect(config.coverage).toEqual(DEFAULT_RULE_CONFIG.coverage);
    expect(config.presence.roles).toEqual(DEFAULT_RULE_CONFIG.presence.roles);
    expect(problems[0]).toBe('已保存的设置中有已停用或不认识的项（diary.oldSetting、legacy），已忽略。');
    expect(problems).toContain('已保存的设置无效：每日在岗格式不正确，暂按默认值计算，请重新设置。');
    expect(problems.some((p) => p.includes('角色不正确'))).toBe(true);
    expect(mergeRuleConfig('garbage').problems).toEqual(['已保存的规则配置格式不正确，暂全部按默认值计算，请重新保存。']);
    expect(mergeRuleConfig([1, 2]).config).toEqual(DEFAULT_RULE_CONFIG);
  });

  it('never hands out the defaults object itself', () => {
    const { config } = mergeRuleConfig({});
    config.presence.roles.push('team_member');
    config.diary.graceHours = 5;
    expect(DEFAULT_RULE_CONFIG.presence.roles).toEqual(['first_secretary']);
    expect(DEFAULT_RULE_CONFIG.diary.graceHours).toBe(0);
  });
});

describe('what a county stores: the changes over the defaults', () => {
  it('is empty for the defaults', () => {
    expect(ruleConfigChanges(DEFAULT_RULE_CONFIG)).toEqual({});
    expect(changedSettingPaths(DEFAULT_RULE_CONFIG)).toEqual([]);
  });

  it('holds exactly the changed values, lists whole, and round-trips through the merge', () => {
    const c = withChanges((x) => {
      x.diary.graceHours = 6;
      x.presence.ratio.numerator = 3;
      x.presence.ratio.denominator = 4;
      x.presence.roles = ['first_secretary', 'team_leader'];
      x.schedule.quietFrom = '22:00';
    });
    expect(ruleConfigChanges(c)).toEqual({
      diary: { graceHours: 6 },
      presence: { ratio: { numerator: 3, denominator: 4 }, roles: ['first_secretary', 'team_leader'] },
      schedule: { quietFrom: '22:00' },
    });
    expect(changedSettingPaths(c)).toEqual(['presence.ratio', 'presence.roles', 'diary.graceHours', 'schedule.quietFrom']);
    expect(mergeRuleConfig(ruleConfigChanges(c))).toEqual({ config: c, problems: [] });
  });

  it('stores the presence ratio whole, so 3/4 never mixes with a later default denominator', () => {
    const c = withChanges((x) => (x.presence.ratio.numerator = 1));
    expect(ruleConfigChanges(c)).toEqual({ presence: { ratio: { numerator: 1, denominator: 3 } } });
  });
});

describe('what changed between two configurations', () => {
  it('lists each changed setting with both values, the presence ratio whole', () => {
    const after = withChanges((x) => {
      x.leave.countyApprovalAboveDays = 5;
      x.presence.ratio = { numerator: 3, denominator: 4 };
      x.schedule.quietTo = '08:00';
    });
    expect(settingDifferences(DEFAULT_RULE_CONFIG, after)).toEqual([
      { path: 'presence.ratio', before: { numerator: 2, denominator: 3 }, after: { numerator: 3, denominator: 4 } },
      { path: 'leave.countyApprovalAboveDays', before: 3, after: 5 },
      { path: 'schedule.quietTo', before: '07:30', after: '08:00' },
    ]);
    expect(settingDifferences(after, after)).toEqual([]);
  });
});
