import type { Ctx } from '../../../common/context';
import { fail } from '../../../common/errors';
import { countFailedRedeem, requireRedeemAllowed } from '../../../common/invite-throttle';
import { AppError } from '../../../common/errors';
import type { InspectionRecordDoc, SignCodeDoc } from '../../../common/inspection/record-docs';

const INVALID = '签字码无效、已用过或已过期，请向督查组重新获取。';

/**
 * The record a signing code opens, for whoever holds the code. Wrong codes count against the caller's
 * hourly allowance of wrong codes (shared with invitation codes), so codes cannot be guessed.
 */
export async function recordByCode(ctx: Ctx, code: string): Promise<{ rec: InspectionRecordDoc; sign: SignCodeDoc }> {
  try {
    await requireRedeemAllowed(ctx.store, ctx.openid, ctx.now);
  } catch (e) {
    if (e instanceof AppError) fail('RATE_LIMITED', '签字码输错次数太多，请过一小时再试。');
    throw e;
  }
  const sign = await ctx.store.get('inspection_sign_codes', code);
  const rec = sign ? await ctx.store.get('inspection_records', sign.recordId) : null;
  if (!sign || !rec || sign.expiresAt <= ctx.now.toISOString()) {
    await countFailedRedeem(ctx.store, ctx.openid, ctx.now);
    return fail('NOT_FOUND', INVALID);
  }
  if (sign.usedAt || rec.signatures.some((s) => s.role === 'village_secretary')) return fail('CONFLICT', '村党组织负责人已经签过字了。');
  if (rec.status !== 'signing' || rec.revision !== sign.revision) return fail('CONFLICT', '纪实表在出示签字码后又改过了，请督查组重新出示签字码。');
  return { rec, sign };
}
