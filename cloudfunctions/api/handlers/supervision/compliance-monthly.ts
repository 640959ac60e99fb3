import { complianceMonthly } from '../../../../types/actions/supervision';
import { resolveComplianceTarget } from '../../../common/compliance-month';
import { monthCompliancePage } from '../../../common/compliance-page';
import { handle } from '../../handler';

/**
 * A month's rule results per cadre and village, within the caller's scope, from the month rollups:
 * the counts of the whole scope, and its villages a page at a time (pass `nextCursor` as `cursor`;
 * a further page judges only its own villages).
 */
export default handle(complianceMonthly, async (ctx, { month, townshipId, villageId, cursor }) => {
  const target = await resolveComplianceTarget(ctx, { townshipId, villageId });
  return monthCompliancePage(ctx.store, target, month, ctx.now, cursor);
});
