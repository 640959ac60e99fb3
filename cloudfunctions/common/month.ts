import {
  monthCalendar,
  stationedInMonth,
  type MonthCalendar,
  type MonthContext,
  type PersonMonthRecord,
  type RuleConfig,
} from '../../src/core';
import { countyCalendarSource } from './calendar-years';
import { readCountyRules } from './county-rules';
import { fail } from './errors';
import type { GrantDoc, PersonDoc, VillageDoc } from './model';
import { atomically, findAll, getMany, type DocDriver, type DocTx } from './store/driver';
import { bestCadreRole, cadreRoles, type VillageCadre } from './village-cadres';
import { memberMonth, villageMonthId, type MemberMonth, type VillageMonthDoc } from './village-months';

/**
 * The incremental rollup of one cadre's month: one document per person and month, updated by
 * every clock-in, diary and leave decision, so a county's month is read as one document per
 * cadre — never by paging through every clock-in.
 */
export interface PersonMonthDoc {
  _id: string;
  personId: string;
  villageId: string;
  townshipId: string;
  countyId: string;
  month: string;
  presentDays: string[];
  fieldDays: string[];
  officialDays: string[];
  leaveDays: string[];
  diaries: { day: string; writtenAt: string }[];
  /** First in-village clock-in of each day, ISO time. */
  firstClockIn: Record<string, string>;
}

export const personMonthId = (personId: string, month: string) => `${personId}:${month}`;

export function emptyPersonMonth(p: PersonDoc, townshipId: string, month: string): PersonMonthDoc {
  return {
    _id: personMonthId(p._id, month),
    personId: p._id,
    villageId: p.villageId ?? '',
    townshipId,
    countyId: p.countyId,
    month,
    presentDays: [],
    fieldDays: [],
    officialDays: [],
    leaveDays: [],
    diaries: [],
    firstClockIn: {},
  };
}

/**
 * Read-modify-write of one person's month rollup (created when missing). Every writer (clock-in,
 * diary, leave decision, early return) goes through here and touches only its own fields. Atomic:
 * inside the caller's transaction when `store` is one (the clock-in's or the decision's own), else
 * in a transaction of its own. The read and the write are one transaction's document operations,
 * so two writers racing on one cadre's month never lose each other's days: SQLite runs them one
 * after the other; on CloudBase the later writer's write conflicts, its transaction rolls back
 * and runs again on the month as the first one left it. `mutate` may therefore run more than once.
 */
export async function updatePersonMonth(
  store: DocTx,
  person: PersonDoc,
  townshipId: string,
  month: string,
  mutate: (doc: PersonMonthDoc) => void,
): Promise<PersonMonthDoc> {
  const id = personMonthId(person._id, month);
  return atomically(store, async (tx) => {
    const stored = await tx.get('person_months', id);
    const doc = stored ?? emptyPersonMonth(person, townshipId, month);
    const before = stored && JSON.stringify(stored);
    mutate(doc);
    // A second clock-in of a counted day changes nothing: no write (and no index pages rewritten).
    if (before !== JSON.stringify(doc)) await writeRollup(tx, doc);
    return doc;
  });
}

/**
 * Writes a cadre's month rollup and its copy in its village's month (`village-months.ts`) in one
 * transaction: the caller's, or one of its own. The only writer of both collections (seeds and
 * tests included), so the two never disagree. A village's month starts from the rollups already
 * kept for its cadres (read by id inside the transaction), so it is whole from its first write.
 * A village without a kept list of cadres (written before the import kept one) gets none: it is
 * judged from its people, grants and rollups.
 */
export function writeRollup(store: DocTx, doc: PersonMonthDoc): Promise<void> {
  return atomically(store, async (tx) => {
    await tx.put('person_months', doc);
    if (!doc.villageId) return;
    const vm = (await tx.get('village_months', villageMonthId(doc.villageId, doc.month))) ?? (await startVillageMonth(tx, doc));
    if (!vm) return;
    vm.members[doc.personId] = memberMonth(doc);
    await tx.put('village_months', vm);
  });
}

async function startVillageMonth(tx: DocTx, doc: PersonMonthDoc): Promise<VillageMonthDoc | null> {
  const village = await tx.get('villages', doc.villageId);
  if (!village?.cadres) return null;
  const members: Record<string, MemberMonth> = {};
  for (const c of village.cadres) {
    if (c.personId === doc.personId) continue;
    const other = await tx.get('person_months', personMonthId(c.personId, doc.month));
    if (other && other.villageId === doc.villageId) members[c.personId] = memberMonth(other);
  }
  return { _id: villageMonthId(doc.villageId, doc.month), villageId: doc.villageId, townshipId: doc.townshipId, countyId: doc.countyId, month: doc.month, members };
}

/** Adds a day to a sorted day list once. */
export function addDay(list: string[], day: string): void {
  if (!list.includes(day)) list.push(day);
  list.sort();
}

/**
 * The county's RuleConfig: its stored changes deep-merged over the defaults. A stored value that no
 * longer validates counts as its default here and is reported on the settings page (county-rules.ts).
 */
export async function countyRules(store: DocDriver, countyId: string): Promise<RuleConfig> {
  return (await readCountyRules(store, countyId)).config;
}

/** The month's calendar with the county's overrides (over the national entered year, see calendar-years.ts), or CALENDAR_UNKNOWN. */
export async function countyMonthCalendar(store: DocDriver, countyId: string, month: string): Promise<MonthCalendar> {
  const [overrides, source] = await Promise.all([
    store.find('calendar_overrides', { countyId, month }),
    countyCalendarSource(store, countyId, Number(month.slice(0, 4))),
  ]);
  const cal = monthCalendar(month, overrides, source);
  if (!cal.ok) return fail('CALENDAR_UNKNOWN');
  return cal;
}

export async function monthContext(store: DocDriver, countyId: string, month: string, today: string, now: Date): Promise<MonthContext> {
  const [calendar, config] = await Promise.all([countyMonthCalendar(store, countyId, month), countyRules(store, countyId)]);
  return { calendar, today, config, now };
}

/** The cadre role that decides which rules apply to a person (first secretary first). */
export function cadreRole(grants: GrantDoc[], personId: string): PersonMonthRecord['role'] | null {
  return bestCadreRole(grants.filter((g) => g.personId === personId).map((g) => g.role));
}

/**
 * Villages read per query from their people, grants and rollups. About 3 cadres a village, so each
 * query answers one page (≤ 1,000 documents) and a county is read as many small indexed queries in
 * parallel — never by paging deep into one query, whose cost grows with the offset.
 */
export const VILLAGES_PER_QUERY = 250;

/**
 * Villages judged at a time from their kept cadres and village months: one `_id $in` read of 500
 * village months (about 4 KB each, so about 2 MB an answer), as `getMany` reads them.
 */
export const VILLAGE_MONTHS_PER_QUERY = 500;

/**
 * The month records of every cadre stationed in the given villages, ready for the core rules.
 * Villages are read a chunk at a time (people, their grants, their month rollups): a cadre's home
 * reads one village, a province-sized county reads its villages in chunks — never one scan of
 * the county per person.
 */
export async function cadreMonthRecords(
  store: DocDriver,
  countyId: string,
  villageIds: string[],
  month: string,
): Promise<{ person: PersonDoc; record: PersonMonthRecord; doc: PersonMonthDoc | null }[]> {
  const chunks: string[][] = [];
  for (let i = 0; i < villageIds.length; i += VILLAGES_PER_QUERY) chunks.push(villageIds.slice(i, i + VILLAGES_PER_QUERY));
  const parts = await Promise.all(chunks.map((chunk) => chunkRecords(store, countyId, chunk, month)));
  return parts.flat();
}

async function chunkRecords(store: DocDriver, countyId: string, villageIds: string[], month: string) {
  const wanted = new Set(villageIds);
  const people = await findAll(store, 'people', { countyId, villageId: { $in: villageIds } });
  const stationed = people.filter((p) => p.villageId && wanted.has(p.villageId) && stationedInMonth(p, month));
  // Their grants, and each one's month rollup by its id (the store's key): never a scan of the county's month.
  const [grants, rollups] = stationed.length
    ? await Promise.all([
        findAll(store, 'grants', { personId: { $in: stationed.map((p) => p._id) } }),
        findAll(store, 'person_months', { _id: { $in: stationed.map((p) => personMonthId(p._id, month)) } }),
      ])
    : [[], []];
  const roles = cadreRoles(grants);
  // A rollup counts for the village it was kept for (as when rollups were read by village).
  const byPerson = new Map(rollups.filter((d) => wanted.has(d.villageId)).map((d) => [d.personId, d]));
  const out = [];
  for (const person of stationed) {
    const role = roles.get(person._id);
    if (!role) continue;
    const doc = byPerson.get(person._id) ?? null;
    out.push({ person, doc, record: personMonthRecord(person, role, doc) });
  }
  return out;
}

/** What the core rules read of a cadre's month: the rollup's days (none when there is no rollup yet). */
export function personMonthRecord(person: Pick<PersonDoc, '_id' | 'name' | 'stationedFrom' | 'stationedUntil'>, role: PersonMonthRecord['role'], doc: MemberMonth | null): PersonMonthRecord {
  return {
    personId: person._id,
    name: person.name,
    role,
    presentDays: doc?.presentDays ?? [],
    fieldDays: doc?.fieldDays ?? [],
    officialDays: doc?.officialDays ?? [],
    leaveDays: doc?.leaveDays ?? [],
    diaries: doc?.diaries ?? [],
    stationedFrom: person.stationedFrom ?? null,
    stationedUntil: person.stationedUntil ?? null,
  };
}

/** A cadre of a judged village: their record for the core rules and their month's days (null: none yet). */
export interface MonthMember {
  personId: string;
  record: PersonMonthRecord;
  rollup: MemberMonth | null;
}

const asPerson = (c: VillageCadre) => ({ _id: c.personId, name: c.name, stationedFrom: c.stationedFrom, stationedUntil: c.stationedUntil });

/**
 * The month records of the villages' cadres, by village: from each village's kept cadres and its
 * month (`village_months`, one document per village read by id), so a chunk of villages costs one
 * read, not one per person, grant and rollup. A village whose month has no document yet reads its
 * stationed cadres' rollups by id (none on a month's first days; rollups kept before village
 * months existed otherwise); a village without kept cadres is read from its people and grants.
 */
export async function villageMonthRecords(store: DocDriver, countyId: string, villages: readonly VillageDoc[], month: string): Promise<Map<string, MonthMember[]>> {
  const kept = villages.filter((v) => v.cadres);
  const older = villages.filter((v) => !v.cadres);
  const [months, olderRecords] = await Promise.all([
    getMany(store, 'village_months', kept.map((v) => villageMonthId(v._id, month))),
    older.length ? cadreMonthRecords(store, countyId, older.map((v) => v._id), month) : [],
  ]);
  const monthOf = new Map(months.map((d) => [d.villageId, d]));
  const stationed = (v: VillageDoc) => v.cadres!.filter((c) => stationedInMonth(c, month));
  const unmonthed = kept.filter((v) => !monthOf.has(v._id)).flatMap((v) => stationed(v).map((c) => personMonthId(c.personId, month)));
  const loose = new Map((await getMany(store, 'person_months', unmonthed)).map((d) => [d.personId, d]));
  const out = new Map<string, MonthMember[]>();
  for (const v of kept) {
    const vm = monthOf.get(v._id);
    out.set(
      v._id,
      stationed(v).map((c) => {
        const stray = loose.get(c.personId);
        const rollup = vm ? (vm.members[c.personId] ?? null) : stray && stray.villageId === v._id ? memberMonth(stray) : null;
        return { personId: c.personId, rollup, record: personMonthRecord(asPerson(c), c.role, rollup) };
      }),
    );
  }
  for (const r of olderRecords) {
    const list = out.get(r.person.villageId!) ?? [];
    list.push({ personId: r.person._id, rollup: r.doc, record: r.record });
    out.set(r.person.villageId!, list);
  }
  return out;
}
