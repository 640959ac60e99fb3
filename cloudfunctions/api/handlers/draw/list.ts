import { nextMonth, shanghaiMonth } from '../../../../src/core';
import { drawList } from '../../../../types/actions/draw';
import { canRead, isManager, isMember, managerScope, membersOf } from '../../../common/inspection/draw-access';
import type { DrawDoc } from '../../../common/inspection/docs';
import { teamsOf } from '../../../common/inspection/assigned';
import { drawsOfScopes } from '../../../common/inspection/queries';
import { findAll } from '../../../common/store/driver';
import { handle } from '../../handler';

export default handle(drawList, async (ctx) => {
  const scope = managerScope(ctx);
  const scopeIds = new Set<string>();
  for (const g of ctx.grants) if (g.role === 'city_admin' || g.role === 'county_admin') scopeIds.add(g.scopeId);
  if (ctx.person && ctx.grants.some((g) => g.role === 'inspector')) for (const t of await teamsOf(ctx.store, ctx.person._id)) scopeIds.add(t.scopeId);
  const found = new Map<string, DrawDoc>();
  for (const d of await drawsOfScopes(ctx.store, [...scopeIds])) found.set(d._id, d);
  // A county admin also sees the city's draws that cover the county.
  const cityIds = ctx.grants.filter((g) => g.role === 'county_admin').map((g) => g.scopeId);
  if (cityIds.length) {
    const counties = await Promise.all(cityIds.map((id) => ctx.store.get('counties', id)));
    const cities = counties.map((c) => c?.cityId).filter((x): x is string => typeof x === 'string');
    if (cities.length) for (const d of await findAll(ctx.store, 'draws', { cityId: { $in: cities }, scopeLevel: 'city' })) found.set(d._id, d);
  }
  const me = ctx.person?._id ?? '';
  const draws = [...found.values()]
    .filter((d) => canRead(ctx, d))
    .sort((a, b) => b.month.localeCompare(a.month) || a._id.localeCompare(b._id))
    .map((d) => {
      const committed = d.commitments.length;
      const members = membersOf(d).length;
      let todo: 'publish' | 'commit' | 'reveal' | null = null;
      if (isManager(ctx, d) && d.status === 'planned') todo = 'publish';
      else if (isMember(ctx, d) && d.status === 'committing') {
        if (!d.commitments.some((c) => c.personId === me)) todo = 'commit';
        else if (committed === members && !d.reveals.some((r) => r.personId === me)) todo = 'reveal';
      }
      return { id: d._id, scopeLevel: d.scopeLevel, scopeName: d.scopeName, month: d.month, status: d.status, frameSize: d.frame.length, selected: d.selection.length, committed, revealed: d.reveals.length, members, todo };
    });
  const month = shanghaiMonth(ctx.now);
  return { planScope: scope, planMonths: scope ? [month, nextMonth(month)] : [], draws };
});
