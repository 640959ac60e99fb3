import { reportsSummary } from '../../../../types/actions/reports';
import { computeMonthCompliance, resolveComplianceTarget } from '../../../common/compliance-month';
import { summaryWorkbook } from '../../../common/exports/summary';
import { handle } from '../../handler';

/** 汇总表 (.xlsx): the supervisor's township, or the county (or one township) for the county. */
export default handle(reportsSummary, async (ctx, { month, townshipId }) => {
  const target = await resolveComplianceTarget(ctx, { townshipId });
  return summaryWorkbook(await computeMonthCompliance(ctx.store, target, month, ctx.now));
});
