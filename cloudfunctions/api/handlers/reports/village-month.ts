import { reportsVillageMonth } from '../../../../types/actions/reports';
import { villageMonthWorkbook } from '../../../common/exports/village-month';
import { villageReport } from '../../../common/reports/village-report';
import { handle } from '../../handler';

/** 月纪实表 (.xlsx) of a village the caller may see. */
export default handle(reportsVillageMonth, async (ctx, { villageId, month }) => villageMonthWorkbook(await villageReport(ctx, villageId, month)));
