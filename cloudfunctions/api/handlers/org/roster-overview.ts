import { rosterOverview } from '../../../../types/actions/org';
import { fail } from '../../../common/errors';
import type { CountyDoc, GrantDoc, PersonDoc, TownshipDoc, UnitDoc, VillageDoc } from '../../../common/model';
import { callerCounty } from '../../../common/scope';
import { findAll } from '../../../common/store/driver';
import { handle } from '../../handler';

export default handle(rosterOverview, async (ctx) => {
  const countyId = callerCounty(ctx);
  const county = (await ctx.store.get('counties', countyId)) as unknown as CountyDoc | null;
  if (!county) return fail('NOT_FOUND');
  const [townships, villages, units, people, grants] = (await Promise.all(
    ['townships', 'villages', 'units', 'people', 'grants'].map((c) => findAll(ctx.store, c, { countyId })),
  )) as unknown as [TownshipDoc[], VillageDoc[], UnitDoc[], PersonDoc[], GrantDoc[]];
  // Counted, not read: a county can have tens of thousands of households.
  const households = await ctx.store.count('households', { countyId });
  const unitName = new Map(units.map((u) => [u._id, u.name]));
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
    townships: townships.map((t) => ({ id: t._id, name: t.name, villages: villages.filter((v) => v.townshipId === t._id).length })),
    people: people
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((p) => ({
        id: p._id,
        code: p.code,
        name: p.name,
        unitName: p.unitId ? unitName.get(p.unitId) ?? null : null,
        roles: grants.filter((g) => g.personId === p._id).map((g) => ({ role: g.role, scopeName: g.scopeName })),
        bound: Boolean(p.openid),
      })),
  };
});
