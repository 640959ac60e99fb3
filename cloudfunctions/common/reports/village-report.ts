import { shanghaiDay } from '../../../src/core';
import { ROLE_LABELS, type OutputOf, type Role } from '../../../types';
import type { reportsVillage } from '../../../types/actions/reports';
import { computeMonthCompliance } from '../compliance-month';
import type { Ctx } from '../context';
import { requireVillage } from '../scope';
import { cadreExtras } from './extras';
import { personTone, villageTone } from './tone';

export type VillageReport = OutputOf<typeof reportsVillage> & { village: { code: string }; asOf: string; workingDays: number; frozenAt: string | null };

export const REPORT_READERS: readonly Role[] = ['township_supervisor', 'county_admin', 'inspector', 'city_admin'];

/** A village's month for supervisors: each cadre's rule results, figures and reasons; scope-checked. */
export async function villageReport(ctx: Ctx, villageId: string, month: string): Promise<VillageReport> {
  const village = await requireVillage(ctx, villageId, REPORT_READERS);
  const township = await ctx.store.get('townships', village.townshipId);
  const townshipName = township?.name ?? '';
  const mc = await computeMonthCompliance(
    ctx.store,
    {
      countyId: village.countyId,
      scope: { level: 'village', id: village._id, name: village.name },
      villages: [village],
      townshipNames: new Map([[village.townshipId, townshipName]]),
    },
    month,
    ctx.now,
  );
  const v = mc.villages[0];
  const extras = await cadreExtras(ctx.store, village.countyId, [village._id], month, shanghaiDay(ctx.now));
  return {
    village: { id: village._id, name: village.name, code: village.code, townshipName },
    month,
    asOf: mc.asOf,
    frozenAt: mc.frozenAt ?? null,
    workingDays: mc.workingDays,
    closed: mc.closed,
    tone: villageTone(v),
    reasons: v.reasons,
    coverage: { status: v.coverage.result.status, reason: v.coverage.result.reason, gapDays: v.coverage.gapDays },
    cadres: v.persons.map((p) => {
      const x = extras.get(p.personId);
      return {
        personId: p.personId,
        name: p.name,
        roleLabel: ROLE_LABELS[p.role],
        unitName: x?.unitName ?? null,
        phone: x?.phone ?? null,
        tone: personTone(p),
        pass: p.pass,
        workingDays: p.workingDays,
        requiredDays: p.requiredDays,
        presentDays: p.presentDays,
        fieldDays: x?.fieldDays ?? 0,
        officialDays: x?.officialDays ?? 0,
        leaveDays: p.leaveDays.length,
        absences: p.unexcusedAbsences.length,
        diaryOnTime: p.diary.onTimeDays,
        diaryLate: p.diary.lateDays.length,
        diaryMissing: p.diary.missingDays.length,
        projection: p.projection.sentence,
        rules: p.rules,
      };
    }),
  };
}
