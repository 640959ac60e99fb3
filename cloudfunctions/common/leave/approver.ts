import type { Ctx } from '../context';
import type { LeaveDoc } from './doc';

/** The townships where the caller is township supervisor. */
export function supervisedTownships(ctx: Ctx): string[] {
  return ctx.grants.filter((g) => g.role === 'township_supervisor' && g.scopeLevel === 'township').map((g) => g.scopeId);
}

/** The counties where the caller is county admin. */
export function adminCounties(ctx: Ctx): string[] {
  return ctx.grants.filter((g) => g.role === 'county_admin' && g.scopeLevel === 'county').map((g) => g.scopeId);
}

/** Whether the caller may see the leave at all (its township or its county). */
export function canSeeLeave(ctx: Ctx, leave: LeaveDoc): boolean {
  return supervisedTownships(ctx).includes(leave.townshipId) || adminCounties(ctx).includes(leave.countyId);
}

/** Only the routed level decides: the township's supervisor for short leave, the county admin for long leave. */
export function canDecideLeave(ctx: Ctx, leave: LeaveDoc): boolean {
  return leave.approverLevel === 'township'
    ? supervisedTownships(ctx).includes(leave.townshipId)
    : adminCounties(ctx).includes(leave.countyId);
}
