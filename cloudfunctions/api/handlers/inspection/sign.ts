import { inspectionSign } from '../../../../types/actions/inspection';
import { fail } from '../../../common/errors';
import { requireRecord, signerRoleOf } from '../../../common/inspection/access';
import { addSignature } from '../../../common/inspection/sign';
import { recordView } from '../../../common/inspection/view';
import { handle } from '../../handler';

/** The village's first secretary or an inspector of the team confirms the record on their own account, timestamped. */
export default handle(inspectionSign, async (ctx, { recordId, revision }) => {
  const { rec, access } = await requireRecord(ctx, recordId);
  const me = ctx.person!;
  if (rec.signatures.some((s) => s.personId === me._id) && rec.revision === revision) return recordView(ctx, rec, access);
  const role = signerRoleOf(rec, access, me._id);
  if (!role) {
    if (!access.inspector && !access.firstSecretary) return fail('FORBIDDEN', '您不在这份纪实表的签字人名单中。');
    if (rec.status === 'signed') return fail('CONFLICT', '这份纪实表已经签字生效。');
    return fail('CONFLICT', '督查组还没有提交签字，请等填写完成后再签。');
  }
  const next = await addSignature(ctx, rec, revision, { role, personId: me._id, name: me.name, at: ctx.now.toISOString(), via: 'app' });
  return recordView(ctx, next, access);
});
