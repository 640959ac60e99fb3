import { DEFAULT_RULE_CONFIG, type RuleConfig } from '../rules/config';

/**
 * Days a first secretary must be in the village: ⌈ratio × workingDays⌉, computed
 * in integers (2/3 of 22 → 15, of 18 → 12, of 21 → 14, of 0 → 0).
 */
export function requiredPresenceDays(workingDays: number, config: RuleConfig = DEFAULT_RULE_CONFIG): number {
  if (!Number.isInteger(workingDays) || workingDays < 0) throw new RangeError('工作日天数须为非负整数');
  const { numerator, denominator } = config.presence.ratio;
  return Math.ceil((numerator * workingDays) / denominator);
}
