import { leaveToday, personMonthCompliance, personWorkingDays, presenceProjection, shanghaiDay, shanghaiMonth, stationedInMonth } from '../../../../src/core';
import { cadreToday } from '../../../../types/actions/cadre';
import { fail } from '../../../common/errors';
import type { LeaveDoc } from '../../../common/leave/doc';
import { cadreMonthRecords, monthContext } from '../../../common/month';
import { findAll, type DocDriver } from '../../../common/store/driver';
import { loadVillage } from '../../../common/scope';
import { handle } from '../../handler';

/** Only the cadre's own leaves that can still matter today (indexed by personId). */
async function ownLeaves(store: DocDriver, personId: string): Promise<LeaveDoc[]> {
  return (await findAll(store, 'leaves', { personId, status: { $in: ['pending', 'approved'] } })) as unknown as LeaveDoc[];
}

const view = (l: LeaveDoc | null) => (l ? { id: l._id, type: l.type, from: l.from, to: l.to } : null);

export default handle(cadreToday, async (ctx) => {
  const me = ctx.person!;
  if (!me.villageId) return fail('NOT_FOUND', '您还没有驻村安排，请联系县委组织部。');
  const village = await loadVillage(ctx, me.villageId);
  const day = shanghaiDay(ctx.now);
  const month = shanghaiMonth(ctx.now);
  const mctx = await monthContext(ctx.store, me.countyId, month, day, ctx.now);
  const [records, leaves] = await Promise.all([cadreMonthRecords(ctx.store, me.countyId, [village._id], month), ownLeaves(ctx.store, me._id)]);
  const [mine] = records.filter((r) => r.person._id === me._id);
  if (!mine && !stationedInMonth(me, month)) return fail('NOT_FOUND', '本月不在您的驻村期内（以县里名册的驻村起止日期为准），如有出入请联系县委组织部。');
  if (!mine) return fail('FORBIDDEN');
  const result = personMonthCompliance(mine.record, mctx);
  const projection = presenceProjection(mine.record, mctx);
  const leave = leaveToday(leaves, day, mctx.config.leave.returnGraceDays);
  const working = personWorkingDays(mine.record, mctx.calendar);
  return {
    day,
    village: { id: village._id, name: village.name },
    clockedIn: mine.record.presentDays.includes(day),
    clockInAt: mine.doc?.firstClockIn[day] ?? null,
    diaryWritten: mine.record.diaries.some((d) => d.day === day),
    leave: { onLeave: view(leave.onLeave), pending: view(leave.pending), overdue: view(leave.overdue) },
    month: {
      month,
      workingDays: working.length,
      workingDaysSoFar: working.filter((d) => d <= day).length,
      presentDays: mine.record.presentDays.length,
      requiredDays: result.requiredDays,
      projection: { status: projection.status, sentence: projection.sentence },
    },
  };
});
