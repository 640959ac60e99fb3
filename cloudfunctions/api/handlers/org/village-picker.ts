import { PICKER_WHOLE_SCOPE, villagePicker } from '../../../../types/actions/org';
import { fail } from '../../../common/errors';
import type { TownshipDoc, VillageDoc } from '../../../common/model';
import { countyTownships, countyVillages, townshipVillages } from '../../../common/org';
import { callerCounty, hasRole, INSPECTOR_DRAWN_ONLY } from '../../../common/scope';
import { findAll, getMany } from '../../../common/store/driver';
import type { Ctx } from '../../../common/context';
import { handle } from '../../handler';

const byCode = <T extends { code: string }>(a: T, b: T) => a.code.localeCompare(b.code);
const row = (v: VillageDoc) => ({ id: v._id, name: v.name, townshipId: v.townshipId });

/**
 * The villages a supervisor (their townships) or a county admin (the county) may pick, read by
 * township and counted, never the county's months: a small scope whole, a large one township by
 * township. An inspector is refused with the reason (drawn villages only).
 */
export default handle(villagePicker, async (ctx, { townshipId }) => {
  const countyId = callerCounty(ctx);
  const isAdmin = ctx.grants.some((g) => g.role === 'county_admin' && g.scopeLevel === 'county' && g.scopeId === countyId);
  const ownTownships = ctx.grants.filter((g) => g.role === 'township_supervisor' && g.scopeLevel === 'township' && g.countyId === countyId).map((g) => g.scopeId);
  if (!isAdmin && ownTownships.length === 0) return fail('FORBIDDEN', hasRole(ctx, 'inspector') ? INSPECTOR_DRAWN_ONLY : undefined);
  if (townshipId && !isAdmin && !ownTownships.includes(townshipId)) return fail('OUT_OF_SCOPE');

  let scopeName: string;
  let townships: TownshipDoc[];
  // A small county in one count and one page of villages; a large one counted township by township.
  let countyWide: VillageDoc[] | null = null;
  let counts: Map<string, number>;
  if (isAdmin) {
    const [county, all, total] = await Promise.all([ctx.store.get('counties', countyId), countyTownships(ctx.store, countyId), ctx.store.count('villages', { countyId })]);
    if (!county) return fail('NOT_FOUND');
    scopeName = county.name;
    townships = all;
    if (total <= PICKER_WHOLE_SCOPE) {
      countyWide = await countyVillages(ctx.store, countyId);
      counts = new Map(townships.map((t) => [t._id, 0]));
      for (const v of countyWide) counts.set(v.townshipId, (counts.get(v.townshipId) ?? 0) + 1);
    } else counts = await villageCounts(ctx, countyId, townships);
  } else {
    townships = (await getMany(ctx.store, 'townships', ownTownships)).filter((t) => t.countyId === countyId);
    scopeName = townships.sort(byCode).map((t) => t.name).join('、');
    counts = await villageCounts(ctx, countyId, townships);
  }
  townships.sort(byCode);
  if (townshipId && !townships.some((t) => t._id === townshipId)) return fail('NOT_FOUND', '没有找到这个乡镇。');
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const whole = !townshipId && total <= PICKER_WHOLE_SCOPE;

  let villages: VillageDoc[] = [];
  if (townshipId) villages = countyWide ? countyWide.filter((v) => v.townshipId === townshipId) : await townshipVillages(ctx.store, countyId, townshipId);
  else if (whole) villages = countyWide ?? (await findAll(ctx.store, 'villages', { countyId, townshipId: { $in: townships.map((t) => t._id) } }));

  return {
    scope: { level: isAdmin ? 'county' : 'township', name: scopeName },
    total,
    townships: townships.map((t) => ({ id: t._id, name: t.name, villages: counts.get(t._id) ?? 0 })),
    whole,
    townshipId: townshipId ?? null,
    villages: villages.sort(byCode).map(row),
  };
});

/** Each township's village count, one count query a township (all at once; no village is read). */
async function villageCounts(ctx: Ctx, countyId: string, townships: readonly TownshipDoc[]): Promise<Map<string, number>> {
  const n = await Promise.all(townships.map((t) => ctx.store.count('villages', { countyId, townshipId: t._id })));
  return new Map(townships.map((t, i) => [t._id, n[i]]));
}
