import type { Role } from '../../types';
import type { Ctx } from './context';
import { fail } from './errors';
import type { PersonDoc, VillageDoc } from './model';

/** Whether the caller may see a village: stationed there, its township, its county, or its cadre's sending unit. */
export function canSeeVillage(ctx: Ctx, village: VillageDoc, roles?: readonly Role[]): boolean {
  return ctx.grants.some((g) => {
    if (roles && !roles.includes(g.role)) return false;
    switch (g.scopeLevel) {
      case 'village':
        return g.scopeId === village._id;
      case 'township':
        return g.scopeId === village.townshipId;
      case 'county':
        return g.scopeId === village.countyId;
      default:
        return false;
    }
  });
}

export async function loadVillage(ctx: Ctx, villageId: string): Promise<VillageDoc> {
  const v = (await ctx.store.get('villages', villageId)) as unknown as VillageDoc | null;
  if (!v) return fail('NOT_FOUND', '没有找到这个村。');
  return v;
}

/** Loads a village the caller may see (optionally only through the given roles), else OUT_OF_SCOPE. */
export async function requireVillage(ctx: Ctx, villageId: string, roles?: readonly Role[]): Promise<VillageDoc> {
  const v = await loadVillage(ctx, villageId);
  if (!canSeeVillage(ctx, v, roles) && !(await isUnitCadreVillage(ctx, v))) return fail('OUT_OF_SCOPE');
  return v;
}

/** A sending-unit contact sees the villages where their unit's cadres are stationed. */
async function isUnitCadreVillage(ctx: Ctx, v: VillageDoc): Promise<boolean> {
  const unitIds = ctx.grants.filter((g) => g.scopeLevel === 'unit').map((g) => g.scopeId);
  if (unitIds.length === 0) return false;
  return (await ctx.store.count('people', { villageId: v._id, unitId: { $in: unitIds } })) > 0;
}

/** Loads a roster person the caller may see: themselves, or a cadre of a village in scope. */
export async function requirePerson(ctx: Ctx, personId: string, roles?: readonly Role[]): Promise<PersonDoc> {
  const p = (await ctx.store.get('people', personId)) as unknown as PersonDoc | null;
  if (!p) return fail('NOT_FOUND', '没有找到这个人。');
  if (ctx.person && p._id === ctx.person._id) return p;
  if (ctx.grants.some((g) => g.scopeLevel === 'county' && g.scopeId === p.countyId && (!roles || roles.includes(g.role)))) return p;
  if (ctx.grants.some((g) => g.scopeLevel === 'unit' && g.scopeId === p.unitId && (!roles || roles.includes(g.role)))) return p;
  if (p.villageId) {
    const v = await loadVillage(ctx, p.villageId);
    if (canSeeVillage(ctx, v, roles)) return p;
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
