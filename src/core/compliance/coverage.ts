import { isClosed, isStationed } from './days';
import { dayList } from './format';
import type { CoverageResult, MonthContext, PersonMonthRecord } from './types';

/**
 * Team coverage: on every calendar day (weekends and holidays included) at least
 * one team member clocked in at the village. Field work and official business are
 * away from the village and do not cover a day. Days before today are judged;
 * today only once someone is there. Days on which no member was stationed yet (or
 * any more) are not judged, unless the team has no members at all.
 */
export function teamCoverage(
  members: readonly Pick<PersonMonthRecord, 'presentDays' | 'stationedFrom' | 'stationedUntil'>[],
  ctx: MonthContext,
): CoverageResult {
  // Only looked up for the month's days, so days of other months may stay in the set.
  const covered = new Set<string>();
  for (const m of members) for (const d of m.presentDays) if (isStationed(m, d)) covered.add(d);
  const throughout = members.length === 0 || members.some((m) => !m.stationedFrom && !m.stationedUntil);
  const posted = (d: string) => throughout || members.some((m) => isStationed(m, d));
  const judged: string[] = [];
  const gapDays: string[] = [];
  for (const { date: d } of ctx.calendar.days) {
    if (!posted(d) || !(d < ctx.today || (d === ctx.today && covered.has(d)))) continue;
    judged.push(d);
    if (!covered.has(d)) gapDays.push(d);
  }
  const closed = isClosed(ctx);
  const base = { judgedDays: judged.length, coveredDays: judged.length - gapDays.length, gapDays };
  if (!ctx.config.coverage.enabled) {
    return { ...base, result: { rule: 'coverage', status: 'not-applicable', reason: '本县不检查每日在岗' } };
  }
  if (gapDays.length > ctx.config.coverage.allowedGapDays) {
    const reason = `有${gapDays.length}天无人在村（${dayList(gapDays)}）`;
    return { ...base, result: { rule: 'coverage', status: 'fail', reason } };
  }
  const reason =
    gapDays.length === 0
      ? `${closed ? '本月' : '本月至今'}每天都有队员在村`
      : `有${gapDays.length}天无人在村（${dayList(gapDays)}），在允许范围内`;
  return { ...base, result: { rule: 'coverage', status: closed ? 'pass' : 'pending', reason } };
}
