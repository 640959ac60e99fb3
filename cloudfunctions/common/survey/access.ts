import { shanghaiDay } from '../../../src/core/time';
import type { Ctx } from '../context';
import { fail } from '../errors';
import type { VillageDoc } from '../model';
import { canSeeVillage } from '../scope';
import { getMany } from '../store/driver';
import type { CampaignDoc } from './model';

export const STAFF_ROLES = ['county_admin', 'township_supervisor'] as const;

export type CampaignState = 'not-started' | 'running' | 'ended' | 'closed';

/** Whether villagers can answer now: open, and today within the period (Shanghai days). */
export function campaignState(c: Pick<CampaignDoc, 'status' | 'from' | 'to'>, now: Date): CampaignState {
  if (c.status === 'closed') return 'closed';
  const today = shanghaiDay(now);
  if (today < c.from) return 'not-started';
  if (today > c.to) return 'ended';
  return 'running';
}

export async function loadCampaign(ctx: Ctx, id: string): Promise<CampaignDoc> {
  const c = await ctx.store.get('campaigns', id);
  if (!c || c.countyId !== ctx.person?.countyId) return fail('NOT_FOUND', '没有找到这次调查。');
  return c;
}

export async function loadVillages(ctx: Ctx, ids: readonly string[]): Promise<VillageDoc[]> {
  if (ids.length === 0) return [];
  const found = await getMany(ctx.store, 'villages', ids);
  const order = new Map(ids.map((id, i) => [id, i]));
  return found.sort((a, b) => (order.get(a._id) ?? 0) - (order.get(b._id) ?? 0));
}

/** The campaign's villages the caller may see (any role: a cadre sees only their own village). */
export async function visibleVillages(ctx: Ctx, c: CampaignDoc): Promise<VillageDoc[]> {
  return (await loadVillages(ctx, c.villageIds)).filter((v) => canSeeVillage(ctx, v));
}

/** County admins close any campaign of their county; a supervisor those covering only their townships. */
export function canCloseCampaign(ctx: Ctx, c: CampaignDoc, villages: readonly VillageDoc[]): boolean {
  if (ctx.grants.some((g) => g.role === 'county_admin' && g.scopeId === c.countyId)) return true;
  if (ctx.person && c.createdBy === ctx.person._id) return true;
  return villages.length === c.villageIds.length && villages.every((v) => canSeeVillage(ctx, v, ['township_supervisor']));
}

/** Who asks, as the villager reads it, from the creator's grant. */
export function organiserOf(ctx: Ctx, villages: readonly VillageDoc[]): string {
  const county = ctx.grants.find((g) => g.role === 'county_admin' && g.scopeLevel === 'county');
  if (county) return `${county.scopeName}委组织部`;
  const twn = ctx.grants.find((g) => g.role === 'township_supervisor' && villages.every((v) => v.townshipId === g.scopeId));
  return twn ? `${twn.scopeName}党委` : '乡镇党委';
}
