import { shanghaiMonth } from '../../../../src/core';
import { reportMonthly } from '../../../../types/actions/grades-report';
import { bulletinCounties } from '../../../common/bulletin';
import { buildMonthlyReport, monthlyReportId, reportDueDay, sentView } from '../../../common/monthly-report';
import { fail } from '../../../common/errors';
import { handle } from '../../handler';

/** 月报: the sent report of the month, else a draft generated now from the records. */
export default handle(reportMonthly, async (ctx, { month, countyId }) => {
  const { counties } = await bulletinCounties(ctx, countyId);
  if (counties.length !== 1) return fail('VALIDATION', '请选择一个县。');
  const county = counties[0];
  const sent = await ctx.store.get('monthly_reports', monthlyReportId(county._id, month));
  const dueDay = reportDueDay(month);
  const over = month < shanghaiMonth(ctx.now);
  if (sent) return { report: sent.report, sent: sentView(sent), dueDay, over };
  return { report: await buildMonthlyReport(ctx.store, county, month, ctx.now), sent: null, dueDay, over };
});
