import { recallList } from '../../../../types/actions/grades-report';
import type { RecallView } from '../../../../types/grades';
import type { Ctx } from '../../../common/context';
import { countyUnits, countyVillages } from '../../../common/org';
import type { RecallDoc } from '../../../common/recalls';
import { findAll, type Filter } from '../../../common/store/driver';
import { handle } from '../../handler';

export function recallView(r: RecallDoc, names: { village: Map<string, string>; unit: Map<string, string> }): RecallView {
  return {
    id: r._id,
    personName: r.personName,
    villageName: names.village.get(r.villageId) ?? '',
    unitName: r.unitId ? (names.unit.get(r.unitId) ?? '') : '',
    period: r.period,
    reason: r.reason,
    status: r.status,
    createdAt: r.createdAt,
    doneAt: r.doneAt,
    doneNote: r.doneNote,
  };
}

export async function recallNames(ctx: Ctx, countyIds: string[]) {
  const village = new Map<string, string>();
  const unit = new Map<string, string>();
  for (const countyId of countyIds) {
    for (const v of await countyVillages(ctx.store, countyId)) village.set(v._id, v.name);
    for (const u of await countyUnits(ctx.store, countyId)) unit.set(u._id, u.name);
  }
  return { village, unit };
}

/** 召回任务: a unit contact's for their unit; a county admin's for the county; open ones first. */
export default handle(recallList, async (ctx) => {
  const docs = new Map<string, RecallDoc>();
  for (const g of ctx.grants) {
    const where: Filter | null = g.role === 'unit_contact' && g.scopeLevel === 'unit' ? { unitId: g.scopeId } : g.role === 'county_admin' && g.scopeLevel === 'county' ? { countyId: g.scopeId } : null;
    if (!where) continue;
    for (const d of await findAll(ctx.store, 'recalls', where)) if (d.status !== 'cancelled') docs.set(d._id, d);
  }
  const list = [...docs.values()].sort((a, b) => Number(a.status !== 'open') - Number(b.status !== 'open') || b.createdAt.localeCompare(a.createdAt));
  const names = await recallNames(ctx, [...new Set(list.map((d) => d.countyId))]);
  return list.map((d) => recallView(d, names));
});
