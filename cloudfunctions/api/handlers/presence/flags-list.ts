import type { Role } from '../../../../types';
import { flagsList } from '../../../../types/actions/presence';
import type { Ctx } from '../../../common/context';
import { fail } from '../../../common/errors';
import { hasRole, INSPECTOR_DRAWN_ONLY, requireVillage } from '../../../common/scope';
import type { Filter } from '../../../common/store/driver';
import { handle } from '../../handler';
import { toFlagViews } from './flag-view';

const READERS: Role[] = ['township_supervisor', 'county_admin', 'inspector'];
/** The newest flags shown at once; open flags are few, they are cleared as they are read. */
const PAGE = 200;

type Scope = { level: 'village' | 'township' | 'county'; id: string; name: string };

/** The filter for the asked scope, or the caller's whole scope; never wider than their grants. */
async function scopeFilter(ctx: Ctx, input: { villageId?: string; townshipId?: string }): Promise<{ scope: Scope; where: Filter }> {
  // An inspector reads one drawn village at a time (requireVillage), never a township or county.
  const grants = ctx.grants.filter((g) => READERS.includes(g.role) && g.role !== 'inspector');
  if (input.villageId) {
    const v = await requireVillage(ctx, input.villageId, READERS);
    return { scope: { level: 'village', id: v._id, name: v.name }, where: { villageId: v._id } };
  }
  if (input.townshipId) {
    const t = await ctx.store.get('townships', input.townshipId);
    if (!t) return fail('NOT_FOUND', '没有找到这个乡镇。');
    const ok = grants.some((g) => (g.scopeLevel === 'township' && g.scopeId === t._id) || (g.scopeLevel === 'county' && g.scopeId === t.countyId));
    if (!ok) return fail('OUT_OF_SCOPE');
    return { scope: { level: 'township', id: t._id, name: t.name }, where: { townshipId: t._id } };
  }
  const county = grants.find((g) => g.scopeLevel === 'county');
  if (county) return { scope: { level: 'county', id: county.scopeId, name: county.scopeName }, where: { countyId: county.scopeId } };
  const townships = grants.filter((g) => g.scopeLevel === 'township');
  if (townships.length === 0) return fail('OUT_OF_SCOPE', hasRole(ctx, 'inspector') ? INSPECTOR_DRAWN_ONLY : undefined);
  return {
    scope: { level: 'township', id: townships[0].scopeId, name: townships.map((g) => g.scopeName).join('、') },
    where: { townshipId: { $in: townships.map((g) => g.scopeId) } },
  };
}

export default handle(flagsList, async (ctx, input) => {
  const { scope, where } = await scopeFilter(ctx, input);
  const filter: Filter = input.status === 'all' ? where : { ...where, status: input.status };
  const docs = await ctx.store.find('flags', filter, { orderBy: [{ field: 'raisedAt', dir: 'desc' }], limit: PAGE + 1 });
  return {
    scope,
    flags: await toFlagViews(ctx.store, docs.slice(0, PAGE)),
    truncated: docs.length > PAGE,
    canClear: hasRole(ctx, 'township_supervisor', 'county_admin'),
  };
});
