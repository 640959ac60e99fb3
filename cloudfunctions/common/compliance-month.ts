import {
  presenceProjection,
  shanghaiDay,
  shanghaiMonth,
  villageMonthCompliance,
  type MonthContext,
  type PersonMonthResult,
  type PresenceProjection,
  type RuleResult,
} from '../../src/core';
import { CADRE_ROLES, type Role } from '../../types';
import type { ComplianceScope, ComplianceStatus, MonthCompliance, PersonCompliance, VillageCompliance } from '../../types/supervision';
import type { Ctx } from './context';
import { fail } from './errors';
import type { TownshipDoc, VillageDoc } from './model';
import { monthContext, villageMonthRecords, VILLAGE_MONTHS_PER_QUERY, type MonthMember } from './month';
import type { MemberMonth } from './village-months';
import { cityCounties, townshipsVillages } from './org';
import { INSPECTOR_DRAWN_ONLY, requireVillage } from './scope';
import { findAll, getMany, type DocDriver } from './store/driver';

/** What a compliance computation covers: one county's villages (all, one township's, or one). */
export interface ComplianceTarget {
  countyId: string;
  scope: ComplianceScope;
  villages: VillageDoc[];
  townshipNames: Map<string, string>;
}

/** County-wide readers; an inspector is not one (only the villages drawn for their team, by village). */
const COUNTY_ROLES: readonly Role[] = ['county_admin'];
const VIEW_ROLES: readonly Role[] = ['county_admin', 'township_supervisor', 'inspector', ...CADRE_ROLES];

/**
 * The county whose month is asked for: the caller's own, or (a city admin) any county of their city, which they
 * read as its county admin would (never write). `viaCity` says the city grant is what lets them in.
 */
async function targetCounty(ctx: Ctx, asked: string | undefined): Promise<{ countyId: string; viaCity: boolean }> {
  const own = ctx.person!.countyId;
  const cities = ctx.grants.filter((g) => g.role === 'city_admin' && g.scopeLevel === 'city').map((g) => g.scopeId);
  const ownAsked = (asked ?? own) === own;
  if (cities.length === 0 || (ownAsked && ctx.grants.some((g) => g.role !== 'city_admin'))) {
    if (asked && asked !== own) return fail('OUT_OF_SCOPE');
    return { countyId: own, viaCity: false };
  }
  const counties = await cityCounties(ctx.store, cities);
  const wanted = asked ?? (counties.some((c) => c._id === own) ? own : [...counties].sort((x, y) => x.code.localeCompare(y.code))[0]?._id);
  if (!wanted || !counties.some((c) => c._id === wanted)) return asked ? fail('OUT_OF_SCOPE') : { countyId: own, viaCity: false };
  return { countyId: wanted, viaCity: true };
}

/**
 * The villages the caller may judge, from an optional township or village:
 * county admin → the county (or a township or village of it); inspector → a village drawn for their team;
 * township supervisor → their township (or a village of it); cadre → their own village; city admin → a county of
 * their city, as its county admin.
 */
export async function resolveComplianceTarget(ctx: Ctx, want: { townshipId?: string; villageId?: string; countyId?: string }): Promise<ComplianceTarget> {
  if (!ctx.person) return fail('UNAUTHENTICATED');
  const { countyId, viaCity } = await targetCounty(ctx, want.countyId);
  const townships = await findAll(ctx.store, 'townships', { countyId });
  const townshipNames = new Map(townships.map((t) => [t._id, t.name]));
  if (want.villageId) {
    const v = await requireVillage(ctx, want.villageId, VIEW_ROLES);
    return { countyId: v.countyId, scope: { level: 'village', id: v._id, name: v.name }, villages: [v], townshipNames };
  }
  const countyGrant = viaCity || ctx.grants.some((g) => COUNTY_ROLES.includes(g.role) && g.scopeLevel === 'county' && g.scopeId === countyId);
  const supervised = ctx.grants.filter((g) => g.role === 'township_supervisor' && g.scopeLevel === 'township').map((g) => g.scopeId);
  const townshipId = want.townshipId ?? (countyGrant ? undefined : supervised[0]);
  if (townshipId) {
    if (!countyGrant && !supervised.includes(townshipId)) return fail('OUT_OF_SCOPE');
    const t = townships.find((x) => x._id === townshipId);
    if (!t) return fail('NOT_FOUND', '没有找到这个乡镇。');
    const villages = await findAll(ctx.store, 'villages', { countyId, townshipId });
    return { countyId, scope: { level: 'township', id: t._id, name: t.name }, villages, townshipNames };
  }
  if (countyGrant) {
    const [county, villages] = await Promise.all([ctx.store.get('counties', countyId), villagesByTownship(ctx.store, countyId, townships)]);
    return { countyId, scope: { level: 'county', id: countyId, name: county?.name ?? '' }, villages, townshipNames };
  }
  if (ctx.grants.some((g) => g.role === 'inspector')) return fail('OUT_OF_SCOPE', INSPECTOR_DRAWN_ONLY);
  // A cadre: their own village at most.
  const own = ctx.grants.find((g) => CADRE_ROLES.includes(g.role) && g.scopeLevel === 'village');
  if (!own) return fail('FORBIDDEN');
  const v = await requireVillage(ctx, own.scopeId, CADRE_ROLES);
  return { countyId, scope: { level: 'village', id: v._id, name: v.name }, villages: [v], townshipNames };
}

/** Every village of a county, for jobs and exports that run without a caller. */
export async function countyTarget(store: DocDriver, countyId: string): Promise<ComplianceTarget> {
  const [county, townships] = await Promise.all([store.get('counties', countyId), findAll(store, 'townships', { countyId })]);
  return {
    countyId,
    scope: { level: 'county', id: countyId, name: String(county?.name ?? '') },
    villages: await villagesByTownship(store, countyId, townships),
    townshipNames: new Map(townships.map((t) => [t._id, t.name])),
  };
}

/**
 * A county's villages (in id order, as one query answers them), read a chunk of townships at a
 * time, all at once: never one query paged deep (its cost grows with the offset). Checked against
 * the county's count of villages; a village outside the county's townships sends it back to the
 * one query.
 */
async function villagesByTownship(store: DocDriver, countyId: string, townships: readonly TownshipDoc[]): Promise<VillageDoc[]> {
  const [count, villages] = await Promise.all([store.count('villages', { countyId }), townshipsVillages(store, countyId, townships.map((t) => t._id))]);
  if (villages.length !== count) return findAll(store, 'villages', { countyId });
  return villages.sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
}

function statusOf(rules: readonly RuleResult[], closed: boolean): ComplianceStatus {
  if (rules.some((r) => r.status === 'fail')) return 'fail';
  return closed ? 'pass' : 'pending';
}

function personView(p: PersonMonthResult, villageId: string, proj: PresenceProjection): PersonCompliance {
  return {
    personId: p.personId,
    name: p.name,
    role: p.role,
    villageId,
    status: statusOf(p.rules, p.closed),
    pass: p.pass,
    workingDays: p.workingDays,
    workingDaysElapsed: p.workingDaysElapsed,
    requiredDays: p.requiredDays,
    presentDays: p.presentDays,
    creditedDays: p.creditedDays,
    unexcusedAbsences: p.unexcusedAbsences,
    leaveDays: p.leaveDays,
    diary: {
      requiredDays: p.diary.requiredDays.length,
      onTimeDays: p.diary.onTimeDays.length,
      lateDays: p.diary.lateDays,
      missingDays: p.diary.missingDays,
    },
    rules: p.rules,
    projection: { status: proj.status, neededDays: proj.neededDays, remainingDays: proj.remainingDays, sentence: proj.sentence },
  };
}

/**
 * A closed month (collection `snapshots`), written by month close. The head `<countyId>:<month>`
 * holds the county's counts and rates, and the rules in force; each village has its own document
 * `<countyId>:<month>:<villageId>` (kind 'village-month'), so reading one village reads only its
 * snapshot. Snapshots written before that kept the whole county in the head (`compliance`); they
 * are still read.
 */
export interface SnapshotDoc {
  _id: string;
  kind: 'month-compliance';
  countyId: string;
  month: string;
  frozenAt: string;
  /** The rules in force when frozen, so the verdicts can be explained later. */
  rules: unknown;
  /** Old snapshots only: the whole county. */
  compliance?: MonthCompliance;
  /** The month without its villages (their documents follow the head's id). */
  summary?: Omit<MonthCompliance, 'villages'> & { rates: { complianceRate: number | null; presenceRate: number | null; cadres: number } };
}

export interface VillageSnapshotDoc {
  _id: string;
  kind: 'village-month';
  countyId: string;
  townshipId: string;
  villageId: string;
  month: string;
  frozenAt: string;
  village: VillageCompliance;
}

export const snapshotId = (countyId: string, month: string) => `${countyId}:${month}`;
export const villageSnapshotId = (countyId: string, month: string, villageId: string) => `${countyId}:${month}:${villageId}`;

type Counts = MonthCompliance['counts'];
const NO_COUNTS: Counts = { villages: 0, villagesFailing: 0, cadres: 0, cadresFailing: 0, cadresAtRisk: 0 };

/** The counts with one more village. */
export function addCounts(c: Counts, v: VillageCompliance): Counts {
  return {
    villages: c.villages + 1,
    villagesFailing: c.villagesFailing + (v.status === 'fail' ? 1 : 0),
    cadres: c.cadres + v.persons.length,
    cadresFailing: c.cadresFailing + v.persons.filter((p) => p.status === 'fail').length,
    cadresAtRisk: c.cadresAtRisk + v.persons.filter((p) => p.projection.status === 'at-risk' || p.projection.status === 'cannot-reach').length,
  };
}

export function counts(villages: VillageCompliance[]): Counts {
  return villages.reduce(addCounts, NO_COUNTS);
}

/** The head of a closed month, or null when it has not been closed. */
export async function snapshotHead(store: DocDriver, countyId: string, month: string): Promise<SnapshotDoc | null> {
  const head = await store.get('snapshots', snapshotId(countyId, month));
  return head?.kind === 'month-compliance' ? head : null;
}

/**
 * The frozen months of the given villages, read by id (a village added after the close has none),
 * in the villages' order: the county's (or a page of it) without a query that pages deep.
 */
export async function villageSnapshots(store: DocDriver, countyId: string, month: string, villages: readonly VillageDoc[]): Promise<VillageCompliance[]> {
  const docs = await getMany(store, 'snapshots', villages.map((v) => villageSnapshotId(countyId, month, v._id)));
  const byVillage = new Map(docs.flatMap((d) => (d.kind === 'village-month' ? [[d.villageId, d.village] as const] : [])));
  return villages.flatMap((v) => {
    const one = byVillage.get(v._id);
    return one ? [one] : [];
  });
}

/** The frozen villages of the target: one document for a village, a township's by query, the county's by id. */
async function frozenVillages(store: DocDriver, target: ComplianceTarget, month: string): Promise<VillageCompliance[]> {
  const { countyId, scope } = target;
  if (scope.level === 'county') return villageSnapshots(store, countyId, month, byCode(target.villages));
  let docs: (SnapshotDoc | VillageSnapshotDoc)[];
  if (scope.level === 'village') {
    const one = await store.get('snapshots', villageSnapshotId(countyId, month, scope.id));
    docs = one ? [one] : [];
  } else {
    docs = await findAll(store, 'snapshots', { countyId, month, townshipId: scope.id });
  }
  const code = new Map(target.villages.map((v) => [v._id, v.code]));
  return docs
    .flatMap((d) => (d.kind === 'village-month' && code.has(d.villageId) ? [d.village] : []))
    .sort((a, b) => code.get(a.villageId)!.localeCompare(code.get(b.villageId)!));
}

/** The target's part of a frozen month, or null when the month has not been closed. */
export async function frozen(store: DocDriver, target: ComplianceTarget, month: string, head?: SnapshotDoc | null): Promise<MonthCompliance | null> {
  const snap = head === undefined ? await snapshotHead(store, target.countyId, month) : head;
  if (!snap) return null;
  if (snap.compliance) {
    const wanted = new Set(target.villages.map((v) => v._id));
    const villages = snap.compliance.villages.filter((v) => wanted.has(v.villageId));
    return { ...snap.compliance, frozenAt: snap.frozenAt, scope: target.scope, counts: counts(villages), villages };
  }
  if (!snap.summary) return null;
  const villages = await frozenVillages(store, target, month);
  const { rates: _rates, ...summary } = snap.summary;
  return { ...summary, frozenAt: snap.frozenAt, scope: target.scope, counts: counts(villages), villages };
}

/** A month's live inputs: its calendar and rules, and the rollup records of (some of) its villages' cadres by village. */
export interface LiveMonth {
  mctx: MonthContext;
  today: string;
  byVillage: Map<string, MonthMember[]>;
}

/**
 * Chunks of villages read at once: enough to overlap a remote store's round trips (CloudBase), few
 * enough that only their documents are held at a time. The local SQLite store answers without a
 * round trip, so reading ahead gains nothing there: it reads one chunk at a time.
 */
const CHUNKS_AT_ONCE = 8;
const chunksAtOnce = (store: DocDriver) => (store.kind === 'sqlite' ? 1 : CHUNKS_AT_ONCE);

/**
 * Judges the villages' month from one rollup per cadre (never the clock-ins), a chunk of
 * VILLAGE_MONTHS_PER_QUERY villages at a time as its records arrive, and hands each village's month to
 * `take` with its place in `villages` and a lookup of its cadres' rollups (by person). A chunk's documents are
 * let go once it is judged, so a county is never held in memory twice over. Answers the month's
 * context. Throws CALENDAR_UNKNOWN when the year's schedule is missing.
 */
export async function judgeVillages(
  store: DocDriver,
  target: ComplianceTarget,
  villages: readonly VillageDoc[],
  month: string,
  now: Date,
  take: (index: number, village: VillageCompliance, rollupOf: (personId: string) => MemberMonth | null) => void,
): Promise<Omit<LiveMonth, 'byVillage'>> {
  const today = shanghaiDay(now);
  const context = monthContext(store, target.countyId, month, today, now);
  let next = 0;
  const worker = async () => {
    while (next < villages.length) {
      const from = next;
      next += VILLAGE_MONTHS_PER_QUERY;
      const chunk = villages.slice(from, from + VILLAGE_MONTHS_PER_QUERY);
      const byVillage = await villageMonthRecords(store, target.countyId, chunk, month);
      const live = { mctx: await context, today, byVillage };
      chunk.forEach((v, i) => {
        const members = byVillage.get(v._id) ?? [];
        take(from + i, judgeVillage(v, live, target.townshipNames), (personId) => members.find((m) => m.personId === personId)?.rollup ?? null);
      });
    }
  };
  await Promise.all([context, ...Array.from({ length: Math.min(chunksAtOnce(store), Math.ceil(villages.length / VILLAGE_MONTHS_PER_QUERY)) }, worker)]);
  return { mctx: await context, today };
}

/** One village's month from its cadres' records. */
export function judgeVillage(v: VillageDoc, live: LiveMonth, townshipNames: ReadonlyMap<string, string>): VillageCompliance {
  const { mctx } = live;
  const records = (live.byVillage.get(v._id) ?? []).map((m) => m.record);
  // Each cadre's projection once: for the presence rule and for the answer.
  const projections = records.map((r) => presenceProjection(r, mctx));
  const result = villageMonthCompliance({ villageId: v._id, members: records }, mctx, projections);
  const persons = result.persons.map((p, i) => personView(p, v._id, projections[i]));
  const rules = [...result.persons.flatMap((p) => p.rules), result.coverage.result];
  const status: ComplianceStatus = result.reasons.length > 0 ? 'fail' : statusOf(rules, result.closed);
  return {
    villageId: v._id,
    villageName: v.name,
    townshipId: v.townshipId,
    townshipName: townshipNames.get(v.townshipId) ?? '',
    status,
    pass: result.pass,
    reasons: result.reasons,
    coverage: result.coverage,
    persons,
  };
}

/** The month's figures around its villages: the day judged, whether it is over, its working days. */
export function liveMonthHead(month: string, live: Omit<LiveMonth, 'byVillage'>, scope: ComplianceScope): Omit<MonthCompliance, 'counts' | 'villages'> {
  const days = live.mctx.calendar.days;
  return { month, asOf: live.today, closed: live.today > days[days.length - 1].date, frozenAt: null, workingDays: live.mctx.calendar.workingDays, scope };
}

/** Villages in code order (the order of every list of a month). */
export const byCode = (villages: readonly VillageDoc[]): VillageDoc[] => [...villages].sort((a, b) => a.code.localeCompare(b.code));

/** The month must have begun. */
export function assertBegun(month: string, now: Date): void {
  if (month > shanghaiMonth(now)) fail('VALIDATION', '这个月还没到，无法统计。');
}

/**
 * A month's compliance for the target's villages. A closed month is read from its month-close
 * snapshot (frozen and audited; `frozenAt` set), unless `fresh`. Otherwise it is computed from the
 * per-cadre month rollups only (one `person_months` document per cadre; never the clock-ins).
 * Throws CALENDAR_UNKNOWN when the year's schedule is missing. `now` decides which days are judged.
 */
export async function computeMonthCompliance(
  store: DocDriver,
  target: ComplianceTarget,
  month: string,
  now: Date,
  opts: { fresh?: boolean; eachVillage?: (village: VillageCompliance, rollupOf: (personId: string) => MemberMonth | null) => void } = {},
): Promise<MonthCompliance> {
  assertBegun(month, now);
  if (!opts.fresh && month < shanghaiMonth(now)) {
    const snap = await frozen(store, target, month);
    if (snap) return snap;
  }
  const ordered = byCode(target.villages);
  const villages: VillageCompliance[] = new Array(ordered.length);
  // The caller may look at each village's rollups as it is judged (the dashboard's 今日在村) without reading them again.
  const head = await judgeVillages(store, target, ordered, month, now, (i, v, rollupOf) => {
    villages[i] = v;
    opts.eachVillage?.(v, rollupOf);
  });
  return { ...liveMonthHead(month, head, target.scope), counts: counts(villages), villages };
}

/** Villages per page of `compliance.monthly`: about 3.5 KB each, so a page is about 175 KB (each answer is also checked against the contract). */
export const COMPLIANCE_PAGE_VILLAGES = 50;

/** Where a page starts in the villages (code order): after the cursor's village, or at the top. */
export function pageStart(ordered: readonly { _id: string }[], villageId: string | undefined): number {
  if (!villageId) return 0;
  const from = ordered.findIndex((v) => v._id === villageId) + 1;
  return from === 0 ? fail('VALIDATION', '翻页标记已失效，请刷新后重试。') : from;
}

/**
 * One page of a month's villages (in code order) after `cursor` (a village id of the previous page's
 * end); the counts keep covering the whole scope. `nextCursor` is null on the last page.
 */
export function pageVillages(mc: MonthCompliance, cursor?: string, size = COMPLIANCE_PAGE_VILLAGES): MonthCompliance & { nextCursor: string | null } {
  const from = pageStart(mc.villages.map((v) => ({ _id: v.villageId })), cursor);
  const villages = mc.villages.slice(from, from + size);
  const more = from + size < mc.villages.length;
  return { ...mc, villages, nextCursor: more ? villages[villages.length - 1].villageId : null };
}
