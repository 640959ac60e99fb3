import { inspectionSignByCode } from '../../../../types/actions/inspection';
import { fail } from '../../../common/errors';
import { addSignature } from '../../../common/inspection/sign';
import { requiredSigners } from '../../../common/inspection/signers';
import { handle } from '../../handler';
import { recordByCode } from './by-code';

/**
 * The village party secretary signs with the one-time code, on their own phone: a phone bound to an
 * inspector of the team or to a first secretary of the village is refused (they sign for themselves).
 */
export default handle(inspectionSignByCode, async (ctx, { code, name, revision }) => {
  const { rec, sign } = await recordByCode(ctx, code);
  if (ctx.person) {
    const rosterSigners = (await requiredSigners(ctx.store, rec)).map((s) => s.personId).filter(Boolean);
    if (rosterSigners.includes(ctx.person._id)) return fail('FORBIDDEN', '请村党组织负责人用自己的手机打开签字码签字。');
  }
  if (revision !== sign.revision) return fail('CONFLICT', '纪实表在出示签字码后又改过了，请督查组重新出示签字码。');
  const at = ctx.now.toISOString();
  const next = await addSignature(ctx, rec, revision, { role: 'village_secretary', personId: ctx.person?._id ?? null, name, at, via: 'code' });
  await ctx.store.update('inspection_sign_codes', sign._id, { usedAt: at });
  return { villageName: next.villageName, status: next.status, at };
});
