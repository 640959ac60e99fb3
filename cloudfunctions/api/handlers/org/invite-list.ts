import { listInvites } from '../../../../types/actions/org';
import type { InviteDoc, PersonDoc } from '../../../common/model';
import { callerCounty } from '../../../common/scope';
import { findAll } from '../../../common/store/driver';
import { handle } from '../../handler';

export default handle(listInvites, async (ctx) => {
  const countyId = callerCounty(ctx);
  const invites = (await ctx.store.find('invites', { countyId }, { orderBy: [{ field: 'createdAt', dir: 'desc' }], limit: 200 })) as unknown as InviteDoc[];
  const people = new Map(((await findAll(ctx.store, 'people', { countyId })) as unknown as PersonDoc[]).map((p) => [p._id, p.name]));
  const now = ctx.now.toISOString();
  return invites.map((i) => ({
    code: i._id,
    personId: i.personId,
    personName: people.get(i.personId) ?? '',
    expiresAt: i.expiresAt,
    status: i.usedAt ? ('used' as const) : i.expiresAt <= now ? ('expired' as const) : ('open' as const),
  }));
});
