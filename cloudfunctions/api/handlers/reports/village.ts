import { reportsVillage } from '../../../../types/actions/reports';
import { villageReport } from '../../../common/reports/village-report';
import { handle } from '../../handler';

/** One village's month, scope-checked (township supervisor, county admin, an inspector for a village drawn for their team). */
export default handle(reportsVillage, async (ctx, { villageId, month }) => {
  const { asOf: _asOf, workingDays: _wd, frozenAt: _frozen, ...report } = await villageReport(ctx, villageId, month);
  return report;
});
