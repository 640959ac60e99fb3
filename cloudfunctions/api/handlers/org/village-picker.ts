import { villagePicker } from '../../../../types/actions/org';
import { MAX_CAMPAIGN_VILLAGES } from '../../../../types/survey';
import { fail } from '../../../common/errors';
import type { VillageDoc } from '../../../common/model';
import { countyTownships, townshipsVillages, townshipVillages } from '../../../common/org';
import { callerCounty, hasRole, INSPECTOR_DRAWN_ONLY } from '../../../common/scope';
import { getMany } from '../../../common/store/driver';
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

  const [county, listed] = await Promise.all([
    isAdmin ? ctx.store.get('counties', countyId) : null,
    isAdmin ? countyTownships(ctx.store, countyId) : getMany(ctx.store, 'townships', ownTownships),
  ]);
  if (isAdmin && !county) return fail('NOT_FOUND');
  const townships = listed.filter((t) => t.countyId === countyId).sort(byCode);
  const scope = county ? { level: 'county' as const, name: county.name } : { level: 'township' as const, name: townships.map((t) => t.name).join('、') };

  if (townshipId) {
    // One township: its villages, and the scope's count (one count read).
    const t = townships.find((x) => x._id === townshipId);
    if (!t) return fail('NOT_FOUND', '没有找到这个乡镇。');
    const [total, villages] = await Promise.all([
      ctx.store.count('villages', county ? { countyId } : { countyId, townshipId: { $in: townships.map((x) => x._id) } }),
      townshipVillages(ctx.store, countyId, townshipId),
    ]);
    return { scope, total, townships: [{ id: t._id, name: t.name, villages: villages.length }], whole: false, townshipId, villages: villages.sort(byCode).map(row) };
  }
  // The whole scope, read once (a chunk of townships a query) and counted per township; listed when it fits one campaign.
  const villages = await townshipsVillages(ctx.store, countyId, townships.map((t) => t._id));
  const counts = new Map<string, number>();
  for (const v of villages) counts.set(v.townshipId, (counts.get(v.townshipId) ?? 0) + 1);
  const whole = villages.length <= PICKER_WHOLE_SCOPE;
  return {
    scope,
    total: villages.length,
    townships: townships.map((t) => ({ id: t._id, name: t.name, villages: counts.get(t._id) ?? 0 })),
    whole,
    townshipId: null,
    villages: whole ? villages.sort(byCode).map(row) : [],
  };
});
