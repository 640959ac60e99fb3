import { villagePicker } from '../../../../types/actions/org';
import { MAX_CAMPAIGN_VILLAGES } from '../../../../types/survey';
import { fail } from '../../../common/errors';
import type { TownshipDoc, VillageDoc } from '../../../common/model';
import { countyTownships, countyVillages, townshipsVillages, townshipVillages } from '../../../common/org';
import { callerCounty, hasRole, INSPECTOR_DRAWN_ONLY } from '../../../common/scope';
import { findAll, getMany } from '../../../common/store/driver';
import type { Ctx } from '../../../common/context';
import { handle } from '../../handler';

/**
 * A whole scope of at most this many villages comes in one answer, all chosen at first (it fits one
 * campaign); a larger one is picked township first.
 */
const PICKER_WHOLE_SCOPE = MAX_CAMPAIGN_VILLAGES;

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

  let scope: { level: 'county' | 'township'; name: string };
  let townships: TownshipDoc[];
  let total: number;
  let counts: Map<string, number> | null = null;
  // A small county is one count and one page of villages; a large one is counted township by township.
  let scopeVillages: VillageDoc[] | null = null;
  if (isAdmin) {
    const [county, all, n] = await Promise.all([
      ctx.store.get('counties', countyId),
      townshipId ? ctx.store.get('townships', townshipId).then((t) => (t ? [t] : [])) : countyTownships(ctx.store, countyId),
      ctx.store.count('villages', { countyId }),
    ]);
    if (!county) return fail('NOT_FOUND');
    scope = { level: 'county', name: county.name };
    townships = all.filter((t) => t.countyId === countyId);
    total = n;
    if (!townshipId) {
      if (total <= PICKER_WHOLE_SCOPE) scopeVillages = await countyVillages(ctx.store, countyId);
      else counts = await villageCounts(ctx, countyId, townships);
    }
  } else {
    const own = (await getMany(ctx.store, 'townships', ownTownships)).filter((t) => t.countyId === countyId).sort(byCode);
    scope = { level: 'township', name: own.map((t) => t.name).join('、') };
    counts = await villageCounts(ctx, countyId, own);
    total = [...counts.values()].reduce((a, b) => a + b, 0);
    townships = townshipId ? own.filter((t) => t._id === townshipId) : own;
    if (!townshipId && total <= PICKER_WHOLE_SCOPE) scopeVillages = await findAll(ctx.store, 'villages', { countyId, townshipId: { $in: own.map((t) => t._id) } });
  }
  if (townshipId && townships.length === 0) return fail('NOT_FOUND', '没有找到这个乡镇。');
  const villages = townshipId ? await townshipVillages(ctx.store, countyId, townshipId) : scopeVillages ?? [];
  if (!counts) {
    counts = new Map(townships.map((t) => [t._id, 0]));
    for (const v of villages) counts.set(v.townshipId, (counts.get(v.townshipId) ?? 0) + 1);
  }

  return {
    scope,
    total,
    townships: townships.sort(byCode).map((t) => ({ id: t._id, name: t.name, villages: counts.get(t._id) ?? 0 })),
    whole: scopeVillages !== null,
    townshipId: townshipId ?? null,
    villages: villages.sort(byCode).map(row),
  };
});

/**
 * Each township's village count, from its villages read a chunk of townships at a time (about 8
 * reads for a 6,667-village county): a count query per township would cost a read per township
 * and a couple of hundred queries at once against the database's concurrency limit.
 */
async function villageCounts(ctx: Ctx, countyId: string, townships: readonly TownshipDoc[]): Promise<Map<string, number>> {
  const out = new Map(townships.map((t) => [t._id, 0]));
  for (const v of await townshipsVillages(ctx.store, countyId, townships.map((t) => t._id))) out.set(v.townshipId, (out.get(v.townshipId) ?? 0) + 1);
  return out;
}
