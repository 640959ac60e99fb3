import { findAll, type DocDriver } from '../store/driver';

/** Figures of the 月纪实表 the compliance result does not carry: unit, phone, field and official days, today. */
export interface CadreExtra {
  unitName: string | null;
  /** The roster's phone, for the supervisor's 拨打电话. */
  phone: string | null;
  fieldDays: number;
  officialDays: number;
  presentToday: boolean;
}

/** Read from the month rollups (one document per cadre) and the roster of the given villages. */
export async function cadreExtras(store: DocDriver, countyId: string, villageIds: string[], month: string, today: string): Promise<Map<string, CadreExtra>> {
  if (villageIds.length === 0) return new Map();
  const [rollups, people, units] = await Promise.all([
    findAll(store, 'person_months', { countyId, month, villageId: { $in: villageIds } }),
    findAll(store, 'people', { countyId, villageId: { $in: villageIds } }),
    findAll(store, 'units', { countyId }),
  ]);
  const unitName = new Map(units.map((u) => [u._id, u.name]));
  const byPerson = new Map(rollups.map((d) => [d.personId, d]));
  const inMonth = (days: string[] | undefined) => new Set((days ?? []).filter((d) => d.startsWith(`${month}-`))).size;
  const out = new Map<string, CadreExtra>();
  for (const p of people) {
    const doc = byPerson.get(p._id);
    out.set(p._id, {
      unitName: p.unitId ? (unitName.get(p.unitId) ?? null) : null,
      phone: p.phone ?? null,
      fieldDays: inMonth(doc?.fieldDays),
      officialDays: inMonth(doc?.officialDays),
      presentToday: !!doc && (doc.presentDays.includes(today) || doc.fieldDays.includes(today)),
    });
  }
  return out;
}
