import { feedbackPlaces } from '../../../../types/actions/reports';
import { fail } from '../../../common/errors';
import { allCounties, countyTownships, countyVillages } from '../../../common/org';
import { handle } from '../../handler';

/**
 * Public village names for the 投诉建议 form, one county at a time (never the whole deployment's
 * villages): the caller's county, or for a villager the county they chose (a province has about a
 * hundred counties, read as their names only when the caller has no county).
 */
export default handle(feedbackPlaces, async (ctx, input) => {
  const counties = ctx.person
    ? []
    : (await allCounties(ctx.store)).sort((a, b) => a.code.localeCompare(b.code)).map((c) => ({ id: c._id, name: c.name }));
  if (!ctx.person && input.countyId && !counties.some((c) => c.id === input.countyId)) return fail('NOT_FOUND', '没有找到这个县（区），请重新选择。');
  const countyId = ctx.person ? ctx.person.countyId : (input.countyId ?? (counties.length === 1 ? counties[0].id : null));
  if (!countyId) return { counties, countyId: null, townships: [] };
  const [townships, villages] = await Promise.all([
    countyTownships(ctx.store, countyId, { orderBy: [{ field: 'code', dir: 'asc' }] }),
    countyVillages(ctx.store, countyId, { orderBy: [{ field: 'code', dir: 'asc' }] }),
  ]);
  const byTownship = new Map<string, { id: string; name: string }[]>();
  for (const v of villages) {
    const list = byTownship.get(v.townshipId) ?? [];
    list.push({ id: v._id, name: v.name });
    byTownship.set(v.townshipId, list);
  }
  return {
    counties,
    countyId,
    townships: townships.filter((t) => byTownship.has(t._id)).map((t) => ({ townshipName: t.name, villages: byTownship.get(t._id) ?? [] })),
  };
});
