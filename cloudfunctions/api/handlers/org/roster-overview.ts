import { rosterOverview } from '../../../../types/actions/org';
import { fail } from '../../../common/errors';
import { countyGrants, countyPeople, countyTownships, countyUnits, countyVillages } from '../../../common/org';
import { callerCounty } from '../../../common/scope';
import { handle } from '../../handler';

/** Items by key, one pass (a county's grants per person without a scan per person). */
function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const list = out.get(key(t));
    if (list) list.push(t);
    else out.set(key(t), [t]);
  }
  return out;
}

export default handle(rosterOverview, async (ctx) => {
  const countyId = callerCounty(ctx);
  const county = await ctx.store.get('counties', countyId);
  if (!county) return fail('NOT_FOUND');
  const [townships, villages, units, people, grants] = await Promise.all([
    countyTownships(ctx.store, countyId),
    countyVillages(ctx.store, countyId),
    countyUnits(ctx.store, countyId),
    countyPeople(ctx.store, countyId),
    countyGrants(ctx.store, countyId),
  ]);
  // Counted, not read: a county can have tens of thousands of households.
  const households = await ctx.store.count('households', { countyId });
  const unitName = new Map(units.map((u) => [u._id, u.name]));
  const rolesOf = groupBy(grants, (g) => g.personId);
  const villagesOf = groupBy(villages, (v) => v.townshipId);
  return {
    county: { id: county._id, name: county.name },
    counts: {
      townships: townships.length,
      villages: villages.length,
      units: units.length,
      people: people.length,
      bound: people.filter((p) => p.openid).length,
      households,
    },
    townships: townships.map((t) => ({ id: t._id, name: t.name, villages: villagesOf.get(t._id)?.length ?? 0 })),
    people: people
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((p) => ({
        id: p._id,
        code: p.code,
        name: p.name,
        unitName: p.unitId ? unitName.get(p.unitId) ?? null : null,
        roles: (rolesOf.get(p._id) ?? []).map((g) => ({ role: g.role, scopeName: g.scopeName })),
        bound: Boolean(p.openid),
      })),
  };
});
