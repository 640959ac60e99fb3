import { setCalendarOverride } from '../../../../types/actions/calendar';
import { audit } from '../../../common/audit';
import { callerCounty } from '../../../common/scope';
import { handle } from '../../handler';

/** Extra rest days or workdays for the county, each change audited with its reason. */
export default handle(setCalendarOverride, async (ctx, { date, kind, reason }) => {
  const countyId = callerCounty(ctx);
  const id = `${countyId}:${date}`;
  const before = await ctx.store.get('calendar_overrides', id);
  await ctx.store.transaction(async (tx) => {
    if (kind === null) await tx.remove('calendar_overrides', id);
    else await tx.put('calendar_overrides', { _id: id, countyId, month: date.slice(0, 7), date, kind, reason });
    await audit(ctx, tx, { countyId, entity: 'calendar', entityId: date, action: 'override', before, after: kind ? { kind, reason } : null, note: reason });
  });
  return { date, kind };
});
