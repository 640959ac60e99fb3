import type { RuleConfig } from '../../../src/core';
import type { Tone } from '../../../types/reports';
import type { PersonCompliance, VillageCompliance } from '../../../types/supervision';

/**
 * Colours follow the county's rule config, nothing else: red when a rule already failed (or can
 * no longer be met), orange when the projection has at most `projection.atRiskSlack` spare days,
 * green otherwise.
 */
export function personTone(p: PersonCompliance): Tone {
  if (p.status === 'fail') return 'bad';
  if (p.projection.status === 'at-risk' || p.projection.status === 'cannot-reach') return 'warn';
  return 'ok';
}

export function villageTone(v: VillageCompliance): Tone {
  if (v.status === 'fail') return 'bad';
  return v.persons.some((p) => personTone(p) !== 'ok') ? 'warn' : 'ok';
}

/** The colour legend in words, with the county's own numbers. */
export function toneLegend(config: RuleConfig): string[] {
  const { numerator, denominator } = config.presence.ratio;
  const red = [
    `驻村少于工作日的${numerator}/${denominator}`,
    `无故缺勤超过${config.presence.allowedUnexcusedAbsences}天`,
    `日志缺漏超过${config.diary.allowedDefects}天`,
  ];
  if (config.coverage.enabled) red.push(`无人在村超过${config.coverage.allowedGapDays}天`);
  return [
    `红色：已不达标（${red.join('，')}）`,
    `橙色：驻村天数余量不超过${config.projection.atRiskSlack}个工作日，需抓紧`,
    '绿色：达标或进度正常',
  ];
}

/** A sentence for a cadre who is not green: the first failed rule, else the projection. */
export function personSentence(p: PersonCompliance): string {
  const failed = p.rules.find((r) => r.status === 'fail');
  return failed ? failed.reason : p.projection.sentence;
}
