import {
  monthCalendar,
  stationedInMonth,
  type MonthCalendar,
  type MonthContext,
  type PersonMonthRecord,
  type RuleConfig,
} from '../../src/core';
import type { Role } from '../../types';
import { CADRE_ROLES } from '../../types';
import { countyCalendarSource } from './calendar-years';
import { readCountyRules } from './county-rules';
import { fail } from './errors';
import type { GrantDoc, PersonDoc } from './model';
import { atomically, findAll, type DocDriver, type DocTx } from './store/driver';

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
    if (before !== JSON.stringify(doc)) await tx.put('person_months', doc);
    return doc;
  });
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

const CADRE_ORDER: Role[] = ['first_secretary', 'team_leader', 'team_member'];

/** The cadre role that decides which rules apply to a person (first secretary first). */
export function cadreRole(grants: GrantDoc[], personId: string): PersonMonthRecord['role'] | null {
  return bestCadreRole(grants.filter((g) => g.personId === personId).map((g) => g.role));
}

function bestCadreRole(roles: Role[]): PersonMonthRecord['role'] | null {
  const mine = roles.filter((r) => CADRE_ROLES.includes(r));
  return (CADRE_ORDER.find((r) => mine.includes(r)) as PersonMonthRecord['role'] | undefined) ?? null;
}

/** Every person's cadre role from one list of grants, in one pass (never one scan per person). */
export function cadreRoles(grants: GrantDoc[]): Map<string, PersonMonthRecord['role']> {
  const byPerson = new Map<string, Role[]>();
  for (const g of grants) {
    const list = byPerson.get(g.personId);
    if (list) list.push(g.role);
    else byPerson.set(g.personId, [g.role]);
  }
  const out = new Map<string, PersonMonthRecord['role']>();
  for (const [personId, roles] of byPerson) {
    const role = bestCadreRole(roles);
    if (role) out.set(personId, role);
  }
  return out;
}

/**
 * Villages read per query. About 3 cadres a village, so each query answers one page (≤ 1,000
 * documents) and a county is read as many small indexed queries in parallel — never by paging
 * deep into one query, whose cost grows with the offset.
 */
export const VILLAGES_PER_QUERY = 250;

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

/**
 * An equality written as a closed range. Same documents; it steers a planner without statistics
 * (the local SQLite) to the `villageId` index of a chunk query, where a plain equality on a
 * field shared by the whole county or month would look more selective and make every chunk scan
 * the county (or every county's month). On CloudBase the query planner picks the index itself.
 */
export const exactly = (v: string) => ({ $gte: v, $lte: v });

async function chunkRecords(store: DocDriver, countyId: string, villageIds: string[], month: string) {
  const wanted = new Set(villageIds);
  const people = await findAll(store, 'people', { countyId: exactly(countyId), villageId: { $in: villageIds } });
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
export function personMonthRecord(person: PersonDoc, role: PersonMonthRecord['role'], doc: PersonMonthDoc | null): PersonMonthRecord {
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
