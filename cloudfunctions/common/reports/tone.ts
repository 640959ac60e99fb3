import { teamTone, toneOf, verdictSentence, type RuleConfig } from '../../../src/core';
import type { Tone } from '../../../types/reports';
import type { PersonCompliance, VillageCompliance } from '../../../types/supervision';

/** Colours follow the core's one rule set (src/core/compliance/verdict.ts) and the county's rule config. */
export const personTone = (p: PersonCompliance): Tone => toneOf(p);

export const villageTone = (v: VillageCompliance): Tone => teamTone(v.status === 'fail', v.persons.map(personTone));

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
    `红色：已不达标（${red.join('，')}），或本月驻村天数已无法达到`,
    `橙色：驻村天数余量不超过${config.projection.atRiskSlack}个工作日，需抓紧`,
    '绿色：达标或进度正常',
  ];
}

/** A sentence for a cadre who is not green: the first failed rule, else the projection. */
export const personSentence = (p: PersonCompliance): string => verdictSentence(p);
