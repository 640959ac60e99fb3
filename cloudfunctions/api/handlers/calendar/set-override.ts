import { isWorkingKind, monthCalendar } from '../../../../src/core';
import { setCalendarOverride } from '../../../../types/actions/calendar';
import { audit } from '../../../common/audit';
import { countyCalendarSource } from '../../../common/calendar-years';
import { adminCounty } from '../../../common/county-rules';
import { fail } from '../../../common/errors';
import { once } from '../../../common/idempotency';
import { bumpGuard, monthGuardId, readGuard, StaleRead } from '../../../common/read-guard';
import type { DocTx } from '../../../common/store/driver';
import { handle } from '../../handler';

/**
 * Extra rest days (休息日) or workdays (加班日) for the county, each change audited with its reason;
 * `kind: null` removes the override. Refused when it would change nothing, and once a grade of that
 * month is confirmed (the month's figures are settled).
 */
export default handle(setCalendarOverride, async (ctx, { date, kind, reason, clientRequestId }) => {
  const countyId = adminCounty(ctx);
  const month = date.slice(0, 7);
  const id = `${countyId}:${date}`;
  // Reads first (queries cannot run in a transaction): the national calendar, whether the month is settled.
  const guardId = monthGuardId(countyId, month);
  const read = async () => {
    // Noted first: a grade confirmed from here on moves it, and this change then reads again.
    const guard = await readGuard(ctx.store, guardId);
    const national = monthCalendar(month, [], await countyCalendarSource(ctx.store, countyId, Number(date.slice(0, 4))));
    if (!national.ok) return fail('CALENDAR_UNKNOWN');
    const base = national.days.find((d) => d.date === date);
    if (!base) return fail('VALIDATION', '没有这一天。');
    if (kind === 'rest' && !isWorkingKind(base.kind)) return fail('VALIDATION', '这一天本来就是休息日，无需调整。');
    if (kind === 'workday' && isWorkingKind(base.kind)) return fail('VALIDATION', '这一天本来就是工作日，无需调整。');
    if (kind === null && !(await ctx.store.get('calendar_overrides', id))) return fail('NOT_FOUND', '这一天没有调整，无需取消。');
    if ((await ctx.store.count('grades', { countyId, month })) > 0) return fail('CONFLICT', '这个月已有等次确认，不能再调整工作日历。');
    return guard;
  };
  // Then the override and its audit, together.
  const write = async (tx: DocTx, guard: number) => {
    await bumpGuard(tx, guardId, guard);
    const before = await tx.get('calendar_overrides', id);
    if (kind === null && !before) return fail('NOT_FOUND', '这一天没有调整，无需取消。');
    if (kind === null) await tx.remove('calendar_overrides', id);
    else await tx.put('calendar_overrides', { _id: id, countyId, month, date, kind, reason });
    const was = before ? { kind: before.kind, reason: before.reason } : null;
    await audit(ctx, tx, { countyId, entity: 'calendar', entityId: date, action: kind ? 'override' : 'override.remove', before: was, after: kind ? { kind, reason } : null, note: reason });
    return { date, kind };
  };
  if (clientRequestId) return once(ctx, 'calendar.setOverride', clientRequestId, { read, write });
  const guard = await read();
  try {
    return await ctx.store.transaction((tx) => write(tx, guard));
  } catch (e) {
    if (e instanceof StaleRead) return fail('CONFLICT', '这个月的等次刚刚有人确认，请刷新后再看。');
    throw e;
  }
});
