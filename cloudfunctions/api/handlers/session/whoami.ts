import { whoami } from '../../../../types/actions/session';
import { toRoleGrant } from '../../../common/context';
import type { VillageDoc } from '../../../common/model';
import { handle } from '../../handler';

export default handle(whoami, async (ctx) => {
  const villages: VillageDoc[] = [];
  if (ctx.person?.villageId) {
    const v = await ctx.store.get('villages', ctx.person.villageId);
    if (v) villages.push(v);
  }
  return {
    openid: ctx.openid,
    person: ctx.person ? { id: ctx.person._id, name: ctx.person.name } : null,
    roles: ctx.grants.map(toRoleGrant),
    villages: villages.map((v) => ({ id: v._id, name: v.name, fence: v.fence })),
    now: ctx.now.toISOString(),
  };
});
