import { redeemInvite } from '../../../../types/actions/session';
import { audit } from '../../../common/audit';
import type { Ctx } from '../../../common/context';
import { AppError, fail } from '../../../common/errors';
import { countFailedRedeem, requireRedeemAllowed } from '../../../common/invite-throttle';
import { bindGuardId } from '../../../common/read-guard';
import { handle } from '../../handler';

/**
 * Binds the caller's WeChat identity to a roster person, once, before the code expires. Wrong
 * codes are counted per caller and hour: past the limit the caller waits (no guessing codes).
 */
export default handle(redeemInvite, async (ctx, { code }) => {
  if (ctx.person) return fail('CONFLICT', `您已绑定为${ctx.person.name}，无需再次绑定。`);
  await requireRedeemAllowed(ctx.store, ctx.openid, ctx.now);
  try {
    return await bind(ctx, code);
  } catch (e) {
    if (e instanceof AppError && e.code === 'INVITE_INVALID') await countFailedRedeem(ctx.store, ctx.openid, ctx.now);
    throw e;
  }
});

function bind(ctx: Ctx, code: string) {
  return ctx.store.transaction(async (tx) => {
    const invite = await tx.get('invites', code.toUpperCase());
    if (!invite || invite.usedAt || invite.expiresAt <= ctx.now.toISOString()) return fail('INVITE_INVALID');
    const person = await tx.get('people', invite.personId);
    if (!person) return fail('INVITE_INVALID');
    if (person.openid) return fail('CONFLICT', '这个人员已绑定其他微信，如需更换请联系县委组织部。');
    // One roster person per WeChat identity, even when two codes are redeemed at the same moment
    // (the caller's "not bound yet" came from a query before this transaction): the identity's
    // claim is a document, so the second transaction sees it (or conflicts and then sees it).
    const claim = bindGuardId(ctx.openid);
    if (await tx.get('guards', claim)) return fail('CONFLICT', '您的微信已绑定人员，无需再次绑定。');
    await tx.put('guards', { _id: claim, v: 1 });
    await tx.update('people', person._id, { openid: ctx.openid });
    await tx.update('invites', invite._id, { usedAt: ctx.now.toISOString(), usedBy: ctx.openid });
    await audit(ctx, tx, { countyId: person.countyId, entity: 'person', entityId: person._id, action: 'bind-wechat', note: `invite ${invite._id}` });
    return { person: { id: person._id, name: person.name } };
  });
}
