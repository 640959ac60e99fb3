import { addDays, creditBreakdown, dayStart, leaveToday, personMonthCompliance, personWorkingDays, presenceProjection, shanghaiDay, shanghaiMonth, stationedInMonth, monthVerdict, type MonthContext, type PersonMonthRecord } from '../../../../src/core';
import { cadreToday } from '../../../../types/actions/cadre';
import { isPending, monthContextOrPending } from '../../../common/calendar-pending';
import { fail } from '../../../common/errors';
import { personLeaves, type LeaveDoc } from '../../../common/leave/doc';
import { cadreMonthRecords, countyRules } from '../../../common/month';
import type { DocDriver } from '../../../common/store/driver';
import { loadVillage } from '../../../common/scope';
import { handle } from '../../handler';

/**
 * Today's latest clock-in outside the fence, if it is the latest of the day: the day as a range of
 * clock-in times, so the (personId, at) index answers with one record however many there are.
 */
async function outsideToday(store: DocDriver, personId: string, day: string): Promise<{ at: string; distanceM: number } | null> {
  const at = { $gte: dayStart(day).toISOString(), $lt: dayStart(addDays(day, 1)).toISOString() };
  const [last] = await store.find('clockins', { personId, at }, { orderBy: [{ field: 'at', dir: 'desc' }], limit: 1 });
  return last && last.decision === 'outside' ? { at: last.at, distanceM: last.distanceM } : null;
}

const view = (l: LeaveDoc | null) => (l ? { id: l._id, type: l.type, from: l.from, to: l.to } : null);

export default handle(cadreToday, async (ctx) => {
  const me = ctx.person!;
  if (!me.villageId) return fail('NOT_FOUND', '您还没有驻村安排，请联系县委组织部。');
  const village = await loadVillage(ctx, me.villageId);
  const day = shanghaiDay(ctx.now);
  const month = shanghaiMonth(ctx.now);
  // A year without its holiday schedule answers the day as usual; only the month's figures wait.
  const [mctx, rules] = await Promise.all([monthContextOrPending(ctx.store, me.countyId, month, day, ctx.now), countyRules(ctx.store, me.countyId)]);
  const [records, leaves, outside] = await Promise.all([
    cadreMonthRecords(ctx.store, me.countyId, [village._id], month),
    // Only the cadre's own leaves that can still matter today.
    personLeaves(ctx.store, me._id, ['pending', 'approved']),
    outsideToday(ctx.store, me._id, day),
  ]);
  const [mine] = records.filter((r) => r.person._id === me._id);
  if (!mine && !stationedInMonth(me, month)) return fail('NOT_FOUND', '本月不在您的驻村期内（以县里名册的驻村起止日期为准），如有出入请联系县委组织部。');
  if (!mine) return fail('FORBIDDEN');
  const leave = leaveToday(leaves, day, rules.leave.returnGraceDays);
  const presentDays = mine.record.presentDays.filter((d) => d <= day).length;
  return {
    day,
    village: { id: village._id, name: village.name },
    clockedIn: mine.record.presentDays.includes(day),
    clockInAt: mine.doc?.firstClockIn[day] ?? null,
    fieldToday: mine.record.fieldDays.includes(day),
    diaryWritten: mine.record.diaries.some((d) => d.day === day),
    outsideToday: outside,
    leave: { onLeave: view(leave.onLeave), pending: view(leave.pending), overdue: view(leave.overdue) },
    month: isPending(mctx)
      ? { month, pending: 'calendar' as const, year: mctx.year, message: mctx.message, presentDays }
      : monthFigures(mine.record, mctx, month, day),
  };
});

/** The month's figures from the core rules (the year's calendar is known). */
function monthFigures(record: PersonMonthRecord, mctx: MonthContext, month: string, day: string) {
  const result = personMonthCompliance(record, mctx);
  const projection = presenceProjection(record, mctx);
  const working = personWorkingDays(record, mctx.calendar);
  return {
    month,
    workingDays: working.length,
    workingDaysSoFar: working.filter((d) => d <= day).length,
    presentDays: record.presentDays.length,
    requiredDays: result.requiredDays,
    projection: { status: projection.status, sentence: projection.sentence },
    verdict: monthVerdict({ rules: result.rules, projection }, result.closed),
    credit: creditBreakdown(record, mctx),
  };
}
