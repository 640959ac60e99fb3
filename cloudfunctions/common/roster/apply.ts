import { CADRE_ROLES, type Role, type ScopeLevel } from '../../../types';
import type { Ctx } from '../context';
import { audit } from '../audit';
import type { HouseholdDoc } from '../diary/docs';
import { villageHouseholds } from '../diary/households';
import { ids, type CountyDoc, type GrantDoc, type PersonDoc, type TownshipDoc, type UnitDoc, type VillageDoc } from '../model';
import { countyGrants, countyPeople, countyTownships, countyUnits, countyVillages } from '../org';
import type { DocOf } from '../store/doc-map';
import type { DocDriver } from '../store/driver';
import { staleCadres } from '../village-cadres';
import type { KnownCodes, ValidRoster } from './validate';

/** One organisation document to write, typed by its collection. */
type OrgWrite = { [C in 'townships' | 'villages' | 'units' | 'people' | 'grants']: { coll: C; doc: DocOf<C>; key: keyof Counts | null } }['townships' | 'villages' | 'units' | 'people' | 'grants'];

type Counts = { townships: number; villages: number; units: number; people: number; households: number };
const zero = (): Counts => ({ townships: 0, villages: 0, units: 0, people: 0, households: 0 });

/** What is stored for a county, by code (used to validate references and to merge). */
export async function knownCodes(store: DocDriver, countyId: string): Promise<KnownCodes> {
  const [townships, villages, units] = await Promise.all([countyTownships(store, countyId), countyVillages(store, countyId), countyUnits(store, countyId)]);
  return {
    townships: new Set(townships.map((d) => d.code)),
    villages: new Set(villages.map((d) => d.code)),
    units: new Set(units.map((d) => d.code)),
    fencedVillages: new Set(villages.filter((d) => d.fence.length > 0).map((d) => d.code)),
  };
}

/** Households written per transaction, after the organisation's own transaction. */
export const HOUSEHOLD_CHUNK = 200;

/**
 * Writes a validated roster into a county. The organisation (townships, villages, units, people,
 * grants, the audit entry) goes in one transaction: upserts by code (ids derive from codes, so
 * importing again updates and never duplicates) and replaces each listed person's role grants.
 * WeChat bindings (openid) survive re-imports.
 *
 * Households (农户) can be tens of thousands for a county, more than one CloudBase transaction
 * should hold, so they are written after it in chunks of HOUSEHOLD_CHUNK, and only those created
 * or changed (re-importing the same file writes none). They are upserted by village and household
 * code, so a retry after a crash half-way (the organisation written, some chunks not) simply
 * writes the rest. Households missing from the upload are kept, because visits refer to them.
 * `updated` counts households already stored, changed or not, like the other entities.
 */
export async function applyRoster(
  ctx: Pick<Ctx, 'now' | 'person' | 'openid'>,
  store: DocDriver,
  county: CountyDoc,
  roster: ValidRoster,
): Promise<{ created: Counts; updated: Counts }> {
  const created = zero();
  const updated = zero();
  const countyId = county._id;
  // Reads happen before the transaction: CloudBase transactions allow document operations only.
  const byId = <T extends { _id: string }>(docs: T[]) => new Map(docs.map((d) => [d._id, d]));
  const stored = {
    townships: byId(await countyTownships(store, countyId)),
    villages: byId(await countyVillages(store, countyId)),
    units: byId(await countyUnits(store, countyId)),
    people: byId(await countyPeople(store, countyId)),
    grants: byId(await countyGrants(store, countyId)),
    // Only the households of villages named in the 农户 sheet: bounded by the upload, not the county.
    households: new Map<string, HouseholdDoc>(),
  };
  const names = new Map<string, string>();
  for (const d of [...stored.townships.values(), ...stored.villages.values(), ...stored.units.values(), ...stored.people.values()]) names.set(d._id, d.name);
  for (const villageCode of new Set(roster.households.map((h) => h.villageCode))) {
    for (const d of await villageHouseholds(store, ids.village(countyId, villageCode))) stored.households.set(d._id, d);
  }
  const fences = new Map<string, VillageDoc['fence']>();
  for (const f of roster.fences) {
    const list = fences.get(f.villageCode) ?? [];
    list.push({ lat: f.lat, lng: f.lng, radiusM: f.radiusM });
    fences.set(f.villageCode, list);
  }
  const writes: OrgWrite[] = [];
  for (const t of roster.townships) {
    const doc: TownshipDoc = { _id: ids.township(countyId, t.code), countyId, code: t.code, name: t.name };
    writes.push({ coll: 'townships', doc, key: 'townships' });
    names.set(doc._id, doc.name);
  }
  const villageIds = new Set(roster.villages.map((v) => ids.village(countyId, v.code)));
  for (const v of roster.villages) {
    const id = ids.village(countyId, v.code);
    const doc: VillageDoc = {
      _id: id,
      countyId,
      townshipId: ids.township(countyId, v.townshipCode),
      cityId: county.cityId ?? null,
      code: v.code,
      name: v.name,
      fence: fences.get(v.code) ?? stored.villages.get(id)?.fence ?? [],
    };
    writes.push({ coll: 'villages', doc, key: 'villages' });
    names.set(id, v.name);
  }
  // Fence rows for villages not in this upload replace those villages' fences.
  for (const [code, fence] of fences) {
    const id = ids.village(countyId, code);
    const cur = stored.villages.get(id);
    if (!villageIds.has(id) && cur) writes.push({ coll: 'villages', doc: { ...cur, fence }, key: null });
  }
  for (const u of roster.units) {
    const doc: UnitDoc = { _id: ids.unit(countyId, u.code), countyId, code: u.code, name: u.name };
    writes.push({ coll: 'units', doc, key: 'units' });
    names.set(doc._id, doc.name);
  }
  const staleGrants: string[] = [];
  for (const p of roster.people) {
    const id = ids.person(countyId, p.code);
    const prev = stored.people.get(id);
    const villageId = p.villageCode ? ids.village(countyId, p.villageCode) : null;
    const unitId = p.unitCode ? ids.unit(countyId, p.unitCode) : null;
    // Stationing dates come from the row (an empty cell clears one: a recall is a re-upload with 驻村结束日期); a file
    // without the columns (undefined) keeps what is stored.
    const stationedFrom = p.stationedFrom === undefined ? (prev?.stationedFrom ?? null) : p.stationedFrom;
    const stationedUntil = p.stationedUntil === undefined ? (prev?.stationedUntil ?? null) : p.stationedUntil;
    const doc: PersonDoc = { _id: id, countyId, code: p.code, name: p.name, phone: p.phone, unitId, villageId, stationedFrom, stationedUntil, openid: prev?.openid ?? null };
    writes.push({ coll: 'people', doc, key: 'people' });
    const grants = p.roles.map((role) => grantFor(id, countyId, role, { villageId, unitId, townshipId: p.townshipCode ? ids.township(countyId, p.townshipCode) : null }, names, county));
    const keep = new Set(grants.map((g) => g._id));
    for (const g of stored.grants.values()) if (g.personId === id && !keep.has(g._id)) staleGrants.push(g._id);
    for (const g of grants) writes.push({ coll: 'grants', doc: g, key: null });
  }
  // Each village's cadres as the county stands after this import, on the village (written only where they change).
  const people = new Map(stored.people);
  const grants = new Map(stored.grants);
  for (const w of writes) {
    if (w.coll === 'people') people.set(w.doc._id, w.doc);
    if (w.coll === 'grants') grants.set(w.doc._id, w.doc);
  }
  for (const id of staleGrants) grants.delete(id);
  const written = new Map<string, VillageDoc>();
  for (const w of writes) if (w.coll === 'villages') written.set(w.doc._id, w.doc);
  const villages = new Map([...stored.villages, ...written]);
  for (const v of staleCadres(villages.values(), people.values(), grants.values())) {
    const w = written.get(v._id);
    if (w) w.cadres = v.cadres;
    else writes.push({ coll: 'villages', doc: v, key: null });
  }
  const households: HouseholdDoc[] = [];
  for (const h of roster.households) {
    const id = ids.household(countyId, h.villageCode, h.code);
    const prev = stored.households.get(id);
    const doc: HouseholdDoc = { ...prev, _id: id, villageId: ids.village(countyId, h.villageCode), countyId, code: h.code, name: h.name, group: h.group };
    (prev ? updated : created).households += 1;
    if (!prev || !sameHousehold(prev, doc)) households.push(doc);
  }
  await store.transaction(async (tx) => {
    for (const w of writes) {
      if (w.key) (stored[w.coll].has(w.doc._id) ? updated : created)[w.key] += 1;
      await tx.put(w.coll, w.doc);
    }
    for (const id of staleGrants) await tx.remove('grants', id);
    await audit(ctx, tx, { countyId, entity: 'roster', entityId: countyId, action: 'import', after: { created, updated } });
  });
  // After the organisation, so every household's village exists; idempotent puts, safe to retry.
  for (let i = 0; i < households.length; i += HOUSEHOLD_CHUNK) {
    const chunk = households.slice(i, i + HOUSEHOLD_CHUNK);
    await store.transaction(async (tx) => {
      for (const doc of chunk) await tx.put('households', doc);
    });
  }
  return { created, updated };
}

/** Whether an import leaves a stored household as it is (so it need not be written). */
function sameHousehold(prev: HouseholdDoc, next: HouseholdDoc): boolean {
  return (['villageId', 'countyId', 'code', 'name', 'group'] as const).every((k) => prev[k] === next[k]);
}

function grantFor(
  personId: string,
  countyId: string,
  role: Role,
  at: { villageId: string | null; unitId: string | null; townshipId: string | null },
  names: Map<string, string>,
  county: CountyDoc,
): GrantDoc {
  let level: ScopeLevel = 'county';
  let scopeId = countyId;
  if (CADRE_ROLES.includes(role) && at.villageId) [level, scopeId] = ['village', at.villageId];
  else if (role === 'township_supervisor' && at.townshipId) [level, scopeId] = ['township', at.townshipId];
  else if (role === 'unit_contact' && at.unitId) [level, scopeId] = ['unit', at.unitId];
  const scopeName = level === 'county' ? county.name : names.get(scopeId) ?? scopeId;
  return { _id: ids.grant(personId, role, scopeId), personId, countyId, role, scopeLevel: level, scopeId, scopeName };
}
