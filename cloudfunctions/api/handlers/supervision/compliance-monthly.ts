import { complianceMonthly } from '../../../../types/actions/supervision';
import { computeMonthCompliance, resolveComplianceTarget } from '../../../common/compliance-month';
import { handle } from '../../handler';

/** A month's rule results per cadre and village, within the caller's scope, from the month rollups. */
export default handle(complianceMonthly, async (ctx, { month, townshipId, villageId }) => {
  const target = await resolveComplianceTarget(ctx, { townshipId, villageId });
  return computeMonthCompliance(ctx.store, target, month, ctx.now);
});
