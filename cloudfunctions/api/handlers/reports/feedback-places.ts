import { feedbackPlaces } from '../../../../types/actions/reports';
import { findAll, type Filter } from '../../../common/store/driver';
import { handle } from '../../handler';

/** Public village names for the 投诉建议 form: the caller's county, or every county for a villager. */
export default handle(feedbackPlaces, async (ctx) => {
  const where: Filter = ctx.person ? { countyId: ctx.person.countyId } : {};
  const [townships, villages] = await Promise.all([
    findAll(ctx.store, 'townships', where, { orderBy: [{ field: 'code', dir: 'asc' }] }),
    findAll(ctx.store, 'villages', where, { orderBy: [{ field: 'code', dir: 'asc' }] }),
  ]);
  const byTownship = new Map<string, { id: string; name: string }[]>();
  for (const v of villages) {
    const list = byTownship.get(v.townshipId) ?? [];
    list.push({ id: v._id, name: v.name });
    byTownship.set(v.townshipId, list);
  }
  return townships
    .filter((t) => byTownship.has(t._id))
    .map((t) => ({ townshipName: t.name, villages: byTownship.get(t._id) ?? [] }));
});
