import { GRADE_LABELS, GRADE_ORDER, periodLabel } from '../../src/core';
import type { BulletinRow } from '../../types/grades';
import type { Ctx } from './context';
import { fail } from './errors';
import { confirmedGrades, proposalRows } from './grade-proposals';
import type { CountyDoc } from './model';
import { cityCounties } from './org';


/** The counties a 通报 covers: a county admin's own; a city admin's city (or one county of it). */
export async function bulletinCounties(ctx: Ctx, countyId?: string): Promise<{ counties: CountyDoc[]; scopeName: string }> {
  const own = ctx.grants.find((g) => g.role === 'county_admin' && g.scopeLevel === 'county');
  const city = ctx.grants.find((g) => g.role === 'city_admin' && g.scopeLevel === 'city');
  if (city) {
    const counties = await cityCounties(ctx.store, [city.scopeId]);
    if (countyId) {
      const one = counties.find((c) => c._id === countyId);
      if (!one) return fail('OUT_OF_SCOPE');
      return { counties: [one], scopeName: one.name };
    }
    return { counties, scopeName: city.scopeName };
  }
  if (!own) return fail('FORBIDDEN');
  if (countyId && countyId !== own.scopeId) return fail('OUT_OF_SCOPE');
  const county = await ctx.store.get('counties', own.scopeId);
  if (!county) return fail('NOT_FOUND');
  return { counties: [county], scopeName: county.name };
}

/**
 * The 通报 (seed 000): every cadre ranked — confirmed grade where there is one, else the proposal
 * (counted as 未确认) — best grade first, then score; and the count per grade.
 */
export async function bulletin(ctx: Ctx, period: string, countyId?: string) {
  const { counties, scopeName } = await bulletinCounties(ctx, countyId);
  const rows: Omit<BulletinRow, 'rank'>[] = [];
  for (const county of counties) {
    const confirmed = await confirmedGrades(ctx.store, county._id, period);
    for (const r of await proposalRows(ctx.store, county._id, period, ctx.now)) {
      const c = confirmed.get(r.personId)?.grade;
      const grade = c ?? r.proposed;
      rows.push({ name: r.name, countyName: county.name, villageName: r.villageName, townshipName: r.townshipName, unitName: r.unitName, score: r.score, grade, label: GRADE_LABELS[grade], confirmed: !!c });
    }
  }
  rows.sort((a, b) => GRADE_ORDER.indexOf(a.grade) - GRADE_ORDER.indexOf(b.grade) || (b.score ?? -1) - (a.score ?? -1) || a.countyName.localeCompare(b.countyName) || a.villageName.localeCompare(b.villageName) || a.name.localeCompare(b.name));
  const counts = GRADE_ORDER.map((g) => ({ grade: g, label: GRADE_LABELS[g], count: rows.filter((r) => r.grade === g).length }));
  return {
    title: `${scopeName}${periodLabel(period)}驻村干部考核等次通报`,
    period,
    rows: rows.map((r, i) => ({ ...r, rank: i + 1 })),
    counts,
    unconfirmed: rows.filter((r) => !r.confirmed).length,
  };
}
