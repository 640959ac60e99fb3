import { presenceProjection, remainingCreditableDays } from '../compliance/projection';
import { creditedDays, daysInMonth } from '../compliance/days';
import type { MonthContext, PersonMonthRecord } from '../compliance/types';
import type { Tone } from '../compliance/verdict';
import { addDays, type Day } from '../time';
import { shortMonthLabel } from '../labels';

/** What approving a leave does to the cadre's presence in one month, as the approval card says it. */
export interface LeaveEffect {
  month: string;
  tone: Tone;
  sentence: string;
}

/** The days from `from` to `to` inclusive. */
function span(from: Day, to: Day): Day[] {
  const out: Day[] = [];
  for (let d = from; d <= to && out.length < 400; d = addDays(d, 1)) out.push(d);
  return out;
}

/**
 * The leave takes its days out of those still creditable this month (today included when not yet
 * credited); the rule set is the projection's: red when the rest can no longer reach the required
 * days, orange when the spare days fall to the at-risk slack, green otherwise. Null where the
 * presence ratio does not apply to the role or the leave has no creditable day in the month.
 */
export function leaveEffect(record: PersonMonthRecord, ctx: MonthContext, leave: { from: Day; to: Day }): LeaveEffect | null {
  const projection = presenceProjection(record, ctx);
  if (projection.status === 'not-applicable') return null;
  const month = ctx.calendar.month;
  const leaveDays = new Set(daysInMonth(span(leave.from, leave.to), ctx.calendar));
  const remaining = remainingCreditableDays(creditedDays(record, ctx), ctx, record);
  const taken = remaining.filter((d) => leaveDays.has(d)).length;
  if (taken === 0) return null;
  const after = remaining.length - taken;
  const needed = projection.neededDays;
  const unit = ctx.config.presence.restDaysCount ? '天' : '个工作日';
  const label = shortMonthLabel(month);
  if (needed === 0) return { month, tone: 'ok', sentence: `批准后${label}仍达标：已驻村${projection.presentDays}天，够要求的${projection.requiredDays}天` };
  const tail = `还需驻村${needed}天，请假后${label}只剩${after}${unit}`;
  if (needed > after) return { month, tone: 'bad', sentence: `批准后${label}无法达标：${tail}` };
  if (after - needed <= ctx.config.projection.atRiskSlack) return { month, tone: 'warn', sentence: `批准后${label}余量很少：${tail}` };
  return { month, tone: 'ok', sentence: `批准后${label}仍可达标：${tail}` };
}
