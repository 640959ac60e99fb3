import { createInvite } from '../../../../types/actions/org';
import { fail } from '../../../common/errors';
import { issueInvite } from '../../../common/invites';
import { callerCounty } from '../../../common/scope';
import { handle } from '../../handler';

export default handle(createInvite, async (ctx, { personId, validDays }) => {
  const countyId = callerCounty(ctx);
  const person = await ctx.store.get('people', personId);
  if (!person || person.countyId !== countyId) return fail('NOT_FOUND', '没有找到这个人员。');
  if (person.openid) return fail('CONFLICT', `${person.name}已绑定微信，无需邀请码。`);
  const doc = await issueInvite(ctx, person, validDays);
  return { code: doc._id, personId, personName: person.name, expiresAt: doc.expiresAt };
});
