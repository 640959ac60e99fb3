import { listInvites } from '../../../../types/actions/org';
import { countyPeople } from '../../../common/org';
import { callerCounty } from '../../../common/scope';
import { handle } from '../../handler';

export default handle(listInvites, async (ctx) => {
  const countyId = callerCounty(ctx);
  const invites = await ctx.store.find('invites', { countyId }, { orderBy: [{ field: 'createdAt', dir: 'desc' }], limit: 200 });
  const people = new Map((await countyPeople(ctx.store, countyId)).map((p) => [p._id, p.name]));
  const now = ctx.now.toISOString();
  return invites.map((i) => ({
    code: i._id,
    personId: i.personId,
    personName: people.get(i.personId) ?? '',
    expiresAt: i.expiresAt,
    status: i.usedAt ? ('used' as const) : i.expiresAt <= now ? ('expired' as const) : ('open' as const),
  }));
});
