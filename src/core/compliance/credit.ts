import type { Day } from '../time';
import { creditedDays, daysInMonth } from './days';
import type { MonthContext, PersonMonthRecord } from './types';

/**
 * How the credited days add up, so every figure a cadre sees can be checked by hand: each credited
 * day is counted once, as 在村 when there was a clock-in, else 外勤, else 公假; days with a record
 * that do not count (a rest day, outside the stationing, or a kind the county does not credit)
 * are counted apart, with the reason.
 */
export interface CreditBreakdown {
  credited: number;
  present: number;
  field: number;
  official: number;
  /** Days up to today with a presence, 外勤 or 公假 record that are not credited. */
  notCounted: number;
  /** Why they are not, in words ('' when none). */
  notCountedReason: string;
}

export function creditBreakdown(record: PersonMonthRecord, ctx: MonthContext): CreditBreakdown {
  const credited = creditedDays(record, ctx);
  const creditedSet = new Set(credited);
  const present = new Set(record.presentDays);
  const field = new Set(record.fieldDays);
  const counted = { present: 0, field: 0, official: 0 };
  for (const d of credited) {
    if (present.has(d)) counted.present++;
    else if (field.has(d)) counted.field++;
    else counted.official++;
  }
  const recorded = daysInMonth([...record.presentDays, ...record.fieldDays, ...record.officialDays], ctx.calendar).filter((d: Day) => d <= ctx.today);
  const notCounted = recorded.filter((d) => !creditedSet.has(d)).length;
  const { presence } = ctx.config;
  const reasons = [
    presence.restDaysCount ? null : '休息日',
    record.stationedFrom || record.stationedUntil ? '驻村期外' : null,
    presence.fieldWorkCounts ? null : '外勤',
    presence.officialBusinessCounts ? null : '公假',
  ].filter((r): r is string => r !== null);
  return {
    credited: credited.length,
    ...counted,
    notCounted,
    notCountedReason: notCounted ? `另有${notCounted}天不计入（${reasons.join('、')}的记录不计）` : '',
  };
}
