import { inspectionExport } from '../../../../types/actions/inspection';
import { safeName } from '../../../common/exports/sheet';
import { requireRecord } from '../../../common/inspection/access';
import { recordView } from '../../../common/inspection/view';
import { recordWorkbook } from '../../../common/inspection/xlsx';
import { handle } from '../../handler';

/** The record as .xlsx (base64 in the envelope), for whoever may read it. */
export default handle(inspectionExport, async (ctx, { recordId }) => {
  const { rec, access } = await requireRecord(ctx, recordId);
  const base64 = await recordWorkbook(await recordView(ctx, rec, access));
  return { fileName: safeName(`督查纪实表-${rec.villageName}-${rec.month}.xlsx`), base64 };
});
