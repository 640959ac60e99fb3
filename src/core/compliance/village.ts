import { isClosed } from './days';
import { teamCoverage } from './coverage';
import { personMonthCompliance } from './presence';
import type { PresenceProjection } from './projection';
import type { MonthContext, PersonMonthRecord, VillageMonthResult } from './types';

/** A village's team for one month. */
export interface VillageMonthInput {
  villageId: string;
  members: PersonMonthRecord[];
}

/**
 * A village passes the month when every member passes every rule and the team
 * covered every day. Reasons name each failure: '张三：本月工作日18天，驻村11天，少于要求的12天'.
 * `projections` (the members' presenceProjection, in order) may be passed when the caller has them.
 */
export function villageMonthCompliance(input: VillageMonthInput, ctx: MonthContext, projections?: readonly PresenceProjection[]): VillageMonthResult {
  const persons = input.members.map((m, i) => personMonthCompliance(m, ctx, projections?.[i]));
  const coverage = teamCoverage(input.members, ctx);
  const reasons: string[] = [];
  for (const p of persons) {
    for (const r of p.rules) if (r.status === 'fail') reasons.push(`${p.name}：${r.reason}`);
  }
  if (coverage.result.status === 'fail') reasons.push(`工作队：${coverage.result.reason}`);
  if (input.members.length === 0) reasons.push('工作队没有成员');
  return {
    villageId: input.villageId,
    month: ctx.calendar.month,
    closed: isClosed(ctx),
    persons,
    coverage,
    pass: reasons.length === 0,
    reasons,
  };
}
