import { personMonthCompliance, presenceProjection, shanghaiDay, shanghaiMonth } from '../../../../src/core';
import { cadreToday } from '../../../../types/actions/cadre';
import { fail } from '../../../common/errors';
import { cadreMonthRecords, monthContext } from '../../../common/month';
import { loadVillage } from '../../../common/scope';
import { handle } from '../../handler';

export default handle(cadreToday, async (ctx) => {
  const me = ctx.person!;
  if (!me.villageId) return fail('NOT_FOUND', '您还没有驻村安排，请联系县委组织部。');
  const village = await loadVillage(ctx, me.villageId);
  const day = shanghaiDay(ctx.now);
  const month = shanghaiMonth(ctx.now);
  const mctx = await monthContext(ctx.store, me.countyId, month, day, ctx.now);
  const [mine] = (await cadreMonthRecords(ctx.store, me.countyId, [village._id], month)).filter((r) => r.person._id === me._id);
  if (!mine) return fail('FORBIDDEN');
  const result = personMonthCompliance(mine.record, mctx);
  const projection = presenceProjection(mine.record, mctx);
  const working = mctx.calendar.days.filter((d) => d.kind === 'workday' || d.kind === 'makeup-workday');
  return {
    day,
    village: { id: village._id, name: village.name },
    clockedIn: mine.record.presentDays.includes(day),
    clockInAt: mine.doc?.firstClockIn[day] ?? null,
    diaryWritten: mine.record.diaries.some((d) => d.day === day),
    month: {
      month,
      workingDays: mctx.calendar.workingDays,
      workingDaysSoFar: working.filter((d) => d.date <= day).length,
      presentDays: mine.record.presentDays.length,
      requiredDays: result.requiredDays,
      projection: { status: projection.status, sentence: projection.sentence },
    },
  };
});
