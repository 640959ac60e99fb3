import { shanghaiDay, shanghaiMonth } from '../../../../src/core';
import { villagesToday } from '../../../../types/actions/org';
import type { Scope } from '../../../../types';
import { fail } from '../../../common/errors';
import { countyMonthCalendar, villageMonthRecords } from '../../../common/month';
import { countyTownships, countyVillages, townshipVillages } from '../../../common/org';
import { callerCounty, hasRole, INSPECTOR_DRAWN_ONLY } from '../../../common/scope';
import { handle } from '../../handler';

/** Villages of the caller's township (supervisor) or county (admin) with today's presence; never an inspector's (drawn villages only). */
export default handle(villagesToday, async (ctx, { townshipId }) => {
  const countyId = callerCounty(ctx);
  const county = ctx.grants.find((g) => g.scopeLevel === 'county' && g.scopeId === countyId && g.role !== 'inspector');
  const townshipGrants = ctx.grants.filter((g) => g.role === 'township_supervisor');
  const wanted = townshipId ?? (county ? undefined : townshipGrants[0]?.scopeId);
  if (wanted && !county && !townshipGrants.some((g) => g.scopeId === wanted)) return fail('OUT_OF_SCOPE');
  if (!wanted && !county) return fail('FORBIDDEN', hasRole(ctx, 'inspector') ? INSPECTOR_DRAWN_ONLY : undefined);
  const townships = await countyTownships(ctx.store, countyId);
  const villages = await (wanted ? townshipVillages(ctx.store, countyId, wanted) : countyVillages(ctx.store, countyId));
  let scope: Scope;
  if (wanted) {
    const t = townships.find((x) => x._id === wanted);
    if (!t) return fail('NOT_FOUND', '没有找到这个乡镇。');
    scope = { level: 'township', id: t._id, name: t.name };
  } else {
    const c = await ctx.store.get('counties', countyId);
    if (!c) return fail('NOT_FOUND');
    scope = { level: 'county', id: c._id, name: c.name };
  }
  const day = shanghaiDay(ctx.now);
  const month = shanghaiMonth(ctx.now);
  const calendar = await countyMonthCalendar(ctx.store, countyId, month);
  const workingSoFar = new Set(calendar.days.filter((d) => (d.kind === 'workday' || d.kind === 'makeup-workday') && d.date <= day).map((d) => d.date));
  // Each village's cadres and month, one document a village (never every person, grant and rollup of the county).
  const byVillage = await villageMonthRecords(ctx.store, countyId, villages, month);
  const townshipName = new Map(townships.map((t) => [t._id, t.name]));
  return {
    day,
    scope,
    villages: villages.map((v) => {
      const cadres = byVillage.get(v._id) ?? [];
      const fs = cadres.find((r) => r.record.role === 'first_secretary');
      const presentOnWorking = fs ? fs.record.presentDays.filter((d) => workingSoFar.has(d)).length : 0;
      return {
        id: v._id,
        name: v.name,
        townshipName: townshipName.get(v.townshipId) ?? '',
        cadres: cadres.length,
        presentToday: cadres.filter((r) => r.record.presentDays.includes(day)).length,
        firstSecretary: fs?.record.name ?? null,
        monthPresenceRate: fs && workingSoFar.size ? presentOnWorking / workingSoFar.size : null,
      };
    }),
  };
});
