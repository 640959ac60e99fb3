import type { Ctx } from '../context';
import { fail } from '../errors';
import { teamsWithMember } from '../inspection/queries';
import { cityCounties } from '../org';
import { findAll, type Filter } from '../store/driver';
import type { ProblemDoc } from './docs';

const CADRE = new Set(['first_secretary', 'team_leader', 'team_member']);

/** Inspection teams the caller is a member of (督查组成员 see only their team's inspections). */
export async function myTeamIds(ctx: Ctx): Promise<string[]> {
  if (!ctx.person || !ctx.grants.some((g) => g.role === 'inspector')) return [];
  return (await teamsWithMember(ctx.store, ctx.person._id)).map((t) => t._id);
}

/** Inspection record ids of the caller's teams. */
async function myInspectionIds(ctx: Ctx): Promise<string[]> {
  const teamIds = await myTeamIds(ctx);
  if (teamIds.length === 0) return [];
  return (await findAll(ctx.store, 'inspection_records', { teamId: { $in: teamIds } })).map((r) => r._id);
}

/** Counties of the cities the caller administers (市委组织部). */
async function myCityCountyIds(ctx: Ctx): Promise<string[]> {
  const cityIds = ctx.grants.filter((g) => g.scopeLevel === 'city' && g.role === 'city_admin').map((g) => g.scopeId);
  return (await cityCounties(ctx.store, cityIds)).map((c) => c._id);
}

/**
 * The filters whose union is every problem the caller may see: a cadre their village's, a township
 * supervisor their township's, a county admin their county's, a city admin their city's counties',
 * an inspector those of their team's inspections. Anyone else (villagers, unit contacts): none.
 */
export async function visibleFilters(ctx: Ctx): Promise<Filter[]> {
  const out: Filter[] = [];
  for (const g of ctx.grants) {
    if (CADRE.has(g.role) && g.scopeLevel === 'village') out.push({ villageId: g.scopeId });
    else if (g.role === 'township_supervisor' && g.scopeLevel === 'township') out.push({ townshipId: g.scopeId });
    else if (g.role === 'county_admin' && g.scopeLevel === 'county') out.push({ countyId: g.scopeId });
  }
  const counties = await myCityCountyIds(ctx);
  if (counties.length) out.push({ countyId: { $in: counties } });
  const inspections = await myInspectionIds(ctx);
  if (inspections.length) out.push({ inspectionId: { $in: inspections } });
  return out;
}

/** Whether the caller may see this problem (same rule as `visibleFilters`). */
export async function canSeeProblem(ctx: Ctx, p: ProblemDoc): Promise<boolean> {
  for (const g of ctx.grants) {
    if (CADRE.has(g.role) && g.scopeLevel === 'village' && g.scopeId === p.villageId) return true;
    if (g.role === 'township_supervisor' && g.scopeLevel === 'township' && g.scopeId === p.townshipId) return true;
    if (g.role === 'county_admin' && g.scopeLevel === 'county' && g.scopeId === p.countyId) return true;
  }
  if ((await myCityCountyIds(ctx)).includes(p.countyId)) return true;
  return isTeamReviewer(ctx, p);
}

/** An inspector of the team whose inspection found the problem. */
async function isTeamReviewer(ctx: Ctx, p: ProblemDoc): Promise<boolean> {
  const teamIds = await myTeamIds(ctx);
  if (teamIds.length === 0) return false;
  const record = await ctx.store.get('inspection_records', p.inspectionId);
  return !!record?.teamId && teamIds.includes(record.teamId);
}

/** Who sets 责任人/措施/时限 and reviews (销号 or 退回): the team's inspector or the township supervisor. */
export async function isReviewer(ctx: Ctx, p: ProblemDoc): Promise<boolean> {
  if (ctx.grants.some((g) => g.role === 'township_supervisor' && g.scopeLevel === 'township' && g.scopeId === p.townshipId)) return true;
  return isTeamReviewer(ctx, p);
}

/** The 责任人, or while none is named, a cadre stationed in the village. */
export function isResponsible(ctx: Ctx, p: ProblemDoc): boolean {
  if (!ctx.person) return false;
  if (p.responsiblePersonId) return p.responsiblePersonId === ctx.person._id;
  return ctx.grants.some((g) => CADRE.has(g.role) && g.scopeLevel === 'village' && g.scopeId === p.villageId);
}

/** Loads a problem the caller may see, else NOT_FOUND / OUT_OF_SCOPE. */
export async function requireProblem(ctx: Ctx, problemId: string): Promise<ProblemDoc> {
  const p = await ctx.store.get('problems', problemId);
  if (!p) return fail('NOT_FOUND', '没有找到这个问题。');
  if (!(await canSeeProblem(ctx, p))) return fail('OUT_OF_SCOPE');
  return p;
}
