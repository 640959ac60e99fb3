import { addDays, dayLabel, shanghaiDay } from '../../../src/core';
import type { Role } from '../../../types';
import type { Ctx } from '../context';
import { fail } from '../errors';
import type { PersonDoc, VillageDoc } from '../model';
import { loadVillage } from '../scope';

/** How far back a missing diary may still be written (补写); older days are closed. */
export const BACKFILL_MAX_DAYS = 31;

/** Roles that read other people's diaries within their scope (the team leader reads the team's). */
export const DIARY_VIEWER_ROLES: readonly Role[] = ['township_supervisor', 'county_admin', 'inspector', 'team_leader', 'unit_contact'];

/** The caller as a stationed cadre, with their village. */
export async function stationedCadre(ctx: Ctx): Promise<{ me: PersonDoc; village: VillageDoc }> {
  const me = ctx.person;
  if (!me) return fail('UNAUTHENTICATED');
  if (!me.villageId) return fail('NOT_FOUND', '您还没有驻村安排，请联系县委组织部。');
  return { me, village: await loadVillage(ctx, me.villageId) };
}

/** A diary is written and changed by its author only: another person's id is refused outright. */
export function refuseOthersDiary(ctx: Ctx, personId: string | undefined): void {
  if (personId !== undefined && personId !== ctx.person?._id) {
    fail('FORBIDDEN', '工作日志只能由本人填写和补记，不能替别人写或改。');
  }
}

/** Today in Shanghai, as the server sees it. */
export const serverToday = (ctx: Ctx) => shanghaiDay(ctx.now);

/** A day in the future cannot be written (the server's clock decides). */
export function refuseFuture(day: string, today: string): void {
  if (day > today) fail('TOO_EARLY_OR_LATE', `${dayLabel(day)}还没到，不能提前写日志。今天是${dayLabel(today)}。`);
}

/** A missing past day may be back-filled (it counts as late) within BACKFILL_MAX_DAYS. */
export function refuseTooOld(day: string, today: string): void {
  if (day < addDays(today, -BACKFILL_MAX_DAYS)) {
    fail('TOO_EARLY_OR_LATE', `${dayLabel(day)}已超过${BACKFILL_MAX_DAYS}天，不能再补写日志，请向乡镇说明情况。`);
  }
}
