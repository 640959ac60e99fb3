import { inspectionGet } from '../../../../types/actions/inspection';
import { requireRecord } from '../../../common/inspection/access';
import { recordView } from '../../../common/inspection/view';
import { handle } from '../../handler';

/** One record, for anyone who may read it (inspectors of the team, the village's cadres, supervisors and admins in scope). */
export default handle(inspectionGet, async (ctx, { recordId }) => {
  const { rec, access } = await requireRecord(ctx, recordId);
  return recordView(ctx, rec, access);
});
