import type { Role } from '../../types';
import type { Ctx } from './context';
import { fail } from './errors';
import { isAssignedVillage } from './inspection/assigned';
import type { PersonDoc, VillageDoc } from './model';

/** What an inspector reads when asking for more than the villages drawn for their team. */
export const INSPECTOR_DRAWN_ONLY = '督查组成员只能查看摇号抽中、分给本组的村，请在“摇号”里打开。';

/** Roles whose grant never opens villages by scope: an inspector sees only the villages drawn for their team. */
const DRAWN_ONLY: readonly Role[] = ['inspector'];

/**
 * Whether the caller may see a village by scope: stationed there, its township, its county or its
 * city. An inspector's grant opens nothing here (see `requireVillage`, which adds the drawn villages).
 */
export function canSeeVillage(ctx: Ctx, village: VillageDoc, roles?: readonly Role[]): boolean {
  return ctx.grants.some((g) => {
    if (roles && !roles.includes(g.role)) return false;
    if (DRAWN_ONLY.includes(g.role)) return false;
    switch (g.scopeLevel) {
      case 'village':
        return g.scopeId === village._id;
      case 'township':
        return g.scopeId === village.townshipId;
      case 'county':
        return g.scopeId === village.countyId;
      case 'city':
        return !!village.cityId && g.scopeId === village.cityId;
      default:
        return false;
    }
  });
}

export async function loadVillage(ctx: Ctx, villageId: string): Promise<VillageDoc> {
  const v = await ctx.store.get('villages', villageId);
  if (!v) return fail('NOT_FOUND', '没有找到这个村。');
  return v;
}

/** Loads a village the caller may see (optionally only through the given roles), else OUT_OF_SCOPE. */
export async function requireVillage(ctx: Ctx, villageId: string, roles?: readonly Role[]): Promise<VillageDoc> {
  const v = await loadVillage(ctx, villageId);
  if (!canSeeVillage(ctx, v, roles) && !(await isUnitCadreVillage(ctx, v)) && !(await isInspectedVillage(ctx, v, roles))) return fail('OUT_OF_SCOPE');
  return v;
}

/** An inspector (when the action admits inspectors) sees the villages drawn for their team. */
export async function isInspectedVillage(ctx: Ctx, v: VillageDoc, roles?: readonly Role[]): Promise<boolean> {
  if (!ctx.person || !ctx.grants.some((g) => g.role === 'inspector' && (!roles || roles.includes('inspector')))) return false;
  return isAssignedVillage(ctx.store, ctx.person._id, v._id);
}

/** A sending-unit contact sees the villages where their unit's cadres are stationed. */
async function isUnitCadreVillage(ctx: Ctx, v: VillageDoc): Promise<boolean> {
  const unitIds = ctx.grants.filter((g) => g.scopeLevel === 'unit').map((g) => g.scopeId);
  if (unitIds.length === 0) return false;
  return (await ctx.store.count('people', { villageId: v._id, unitId: { $in: unitIds } })) > 0;
}

/** Loads a roster person the caller may see: themselves, or a cadre of a village in scope. */
export async function requirePerson(ctx: Ctx, personId: string, roles?: readonly Role[]): Promise<PersonDoc> {
  const p = await ctx.store.get('people', personId);
  if (!p) return fail('NOT_FOUND', '没有找到这个人。');
  if (ctx.person && p._id === ctx.person._id) return p;
  if (ctx.grants.some((g) => g.scopeLevel === 'county' && g.scopeId === p.countyId && !DRAWN_ONLY.includes(g.role) && (!roles || roles.includes(g.role)))) return p;
  if (ctx.grants.some((g) => g.scopeLevel === 'unit' && g.scopeId === p.unitId && (!roles || roles.includes(g.role)))) return p;
  const cityGrants = ctx.grants.filter((g) => g.scopeLevel === 'city' && (!roles || roles.includes(g.role)));
  if (cityGrants.length) {
    const county = await ctx.store.get('counties', p.countyId);
    if (county?.cityId && cityGrants.some((g) => g.scopeId === county.cityId)) return p;
  }
  if (p.villageId) {
    const v = await loadVillage(ctx, p.villageId);
    if (canSeeVillage(ctx, v, roles) || (await isInspectedVillage(ctx, v, roles))) return p;
  }
  return fail('OUT_OF_SCOPE');
}

/** The county the caller belongs to (every roster person has one). */
export function callerCounty(ctx: Ctx): string {
  if (!ctx.person) return fail('UNAUTHENTICATED');
  return ctx.person.countyId;
}

export function hasRole(ctx: Ctx, ...roles: Role[]): boolean {
  return ctx.grants.some((g) => roles.includes(g.role));
}
