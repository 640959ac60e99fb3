import { reportMonthlyStatus } from '../../../../types/actions/grades-report';
import { bulletinCounties } from '../../../common/bulletin';
import { monthlyReportId, reportDueDay, sentView } from '../../../common/monthly-report';
import { handle } from '../../handler';

/** The city admin: each county of the city, and whether (and when) it sent the month's report. */
export default handle(reportMonthlyStatus, async (ctx, { month }) => {
  const { counties } = await bulletinCounties(ctx);
  const dueDay = reportDueDay(month);
  const out = [];
  for (const c of [...counties].sort((a, b) => a.code.localeCompare(b.code))) {
    const doc = await ctx.store.get('monthly_reports', monthlyReportId(c._id, month));
    out.push({ countyId: c._id, countyName: c.name, sent: doc ? sentView(doc) : null });
  }
  return { month, dueDay, counties: out };
});
