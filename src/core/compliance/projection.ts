import type { Day } from '../time';
import { creditedDays, isStationed, personWorkingDays, presenceApplies, workingDaysOf } from './days';
import { requiredPresenceDays } from './required';
import type { Stationing } from './days';
import type { MonthContext, PersonMonthRecord } from './types';

/** Where a cadre stands against the presence requirement during the month. */
export type ProjectionStatus = 'done' | 'on-track' | 'at-risk' | 'cannot-reach' | 'not-applicable';

/** Presence projection with the sentence the cadre reads. */
export interface PresenceProjection {
  status: ProjectionStatus;
  requiredDays: number;
  presentDays: number;
  /** Days still needed (0 when done). */
  neededDays: number;
  /** Days left that could still be credited: from tomorrow, plus today if not yet credited. */
  remainingDays: number;
  /** e.g. '还需驻村3天，本月剩余8个工作日'. */
  sentence: string;
}

/**
 * Days left in the month that can still be credited: days after today, plus today
 * itself when it has not been credited yet, within the cadre's stationing. Working
 * days only, unless the config lets rest days count.
 */
export function remainingCreditableDays(credited: readonly Day[], ctx: MonthContext, person: Stationing = {}): Day[] {
  const { today, calendar, config } = ctx;
  const pool = config.presence.restDaysCount ? calendar.days.map((d) => d.date) : workingDaysOf(calendar);
  const done = new Set(credited);
  return pool.filter((d) => isStationed(person, d) && (d > today || (d === today && !done.has(d))));
}

/**
 * Projects the presence rule. Let needed = required − credited so far and
 * remaining = creditable days left. Then:
 * 'done' when needed = 0; 'cannot-reach' when needed > remaining;
 * 'at-risk' when remaining − needed ≤ atRiskSlack (few spare days);
 * 'on-track' otherwise.
 */
export function presenceProjection(person: PersonMonthRecord, ctx: MonthContext): PresenceProjection {
  const credited = creditedDays(person, ctx);
  const present = credited.length;
  if (!presenceApplies(person, ctx.config)) {
    return {
      status: 'not-applicable',
      requiredDays: 0,
      presentDays: present,
      neededDays: 0,
      remainingDays: 0,
      sentence: '该角色不考核驻村天数',
    };
  }
  const required = requiredPresenceDays(personWorkingDays(person, ctx.calendar).length, ctx.config);
  const needed = Math.max(0, required - present);
  const remaining = remainingCreditableDays(credited, ctx, person).length;
  const unit = ctx.config.presence.restDaysCount ? '天' : '个工作日';
  const base = { requiredDays: required, presentDays: present, neededDays: needed, remainingDays: remaining };
  if (needed === 0) {
    return { ...base, status: 'done', sentence: `本月已驻村${present}天，达到要求的${required}天` };
  }
  if (needed > remaining) {
    const sentence =
      remaining === 0
        ? `还需驻村${needed}天，本月已没有剩余${ctx.config.presence.restDaysCount ? '天数' : '工作日'}，无法达标`
        : `还需驻村${needed}天，本月只剩${remaining}${unit}，无法达标`;
    return { ...base, status: 'cannot-reach', sentence };
  }
  const sentence = `还需驻村${needed}天，本月剩余${remaining}${unit}`;
  if (remaining - needed <= ctx.config.projection.atRiskSlack) {
    return { ...base, status: 'at-risk', sentence: `${sentence}，请抓紧安排` };
  }
  return { ...base, status: 'on-track', sentence };
}
