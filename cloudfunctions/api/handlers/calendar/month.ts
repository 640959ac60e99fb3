import { calendarMonth } from '../../../../types/actions/calendar';
import { countyMonthCalendar } from '../../../common/month';
import { callerCounty } from '../../../common/scope';
import { handle } from '../../handler';

export default handle(calendarMonth, async (ctx, { month }) => {
  const cal = await countyMonthCalendar(ctx.store, callerCounty(ctx), month);
  return {
    month: cal.month,
    days: cal.days.map((d) => ({
      date: d.date,
      kind: d.kind,
      ...(d.name ? { name: d.name } : {}),
      ...(d.override ? { override: { kind: d.override.kind, reason: d.override.reason } } : {}),
    })),
    workingDays: cal.workingDays,
  };
});
