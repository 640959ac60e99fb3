import { prevMonth, shanghaiDay, shanghaiMonth } from '../../../src/core';
import { ROLE_LABELS, type OutputOf } from '../../../types';
import type { reportsDashboard } from '../../../types/actions/reports';
import type { MonthCompliance } from '../../../types/supervision';
import type { Tone } from '../../../types/reports';
import { computeMonthCompliance, resolveComplianceTarget, snapshotHead, type ComplianceTarget } from '../compliance-month';
import type { Ctx } from '../context';
import { AppError } from '../errors';
import type { Filter } from '../store/driver';
import { countyRules } from '../month';
import type { MemberMonth } from '../village-months';
import { cityCounties } from '../org';
import { recent } from '../recent';
import { personSentence, personTone, toneLegend, villageTone } from './tone';

type Dashboard = OutputOf<typeof reportsDashboard>;

/** How many months the switcher and the chart cover (this month included). */
export const DASHBOARD_MONTHS = 6;

const TONE_ORDER = { ok: 0, warn: 1, bad: 2 } as const;

/** Share of cadres not failing, and credited days over closed working days of those the presence rule applies to. */
export function monthRates(mc: MonthCompliance): { complianceRate: number | null; presenceRate: number | null; cadres: number } {
  const persons = mc.villages.flatMap((v) => v.persons);
  const judged = persons.filter((p) => p.requiredDays !== null);
  const elapsed = judged.reduce((s, p) => s + p.workingDaysElapsed, 0);
  const credited = judged.reduce((s, p) => s + Math.min(p.presentDays, p.workingDaysElapsed), 0);
  return {
    cadres: persons.length,
    complianceRate: persons.length ? persons.filter((p) => p.status !== 'fail').length / persons.length : null,
    presenceRate: elapsed ? credited / elapsed : null,
  };
}

/** The months of the chart, oldest first; a month without any record or with an unknown calendar has no figures. */
async function trend(ctx: Ctx, target: ComplianceTarget, months: string[], current: MonthCompliance): Promise<Dashboard['trend']> {
  const villageId: Filter = target.scope.level === 'county' ? {} : { villageId: { $in: target.villages.map((v) => v._id) } };
  // All months at once (a closed month reads its snapshot, the others their rollups), never one after another.
  return Promise.all(
    [...months].reverse().map(async (m) => {
      let mc: MonthCompliance | null = m === current.month ? current : null;
      if (!mc && target.scope.level === 'county') {
        // A closed month's county rates are kept on its snapshot's head: no village is read.
        const rates = (await snapshotHead(ctx.store, target.countyId, m))?.summary?.rates;
        if (rates) return { month: m, ...rates };
      }
      const recorded = mc ? 1 : await ctx.store.count('person_months', { countyId: target.countyId, month: m, ...villageId });
      if (recorded === 0) mc = null;
      else if (!mc) {
        try {
          mc = await computeMonthCompliance(ctx.store, target, m, ctx.now);
        } catch (e) {
          if (!(e instanceof AppError && e.code === 'CALENDAR_UNKNOWN')) throw e;
        }
      }
      return mc ? { month: m, ...monthRates(mc) } : { month: m, complianceRate: null, presenceRate: null, cadres: 0 };
    }),
  );
}

/** Rows of the ranking and of the people to watch per answer; the app asks for more as the person scrolls. */
export const DASHBOARD_PAGE = 50;

/** One page of a list from offset `cursor`, and the cursor of the next page (null at the end). */
function page<T>(rows: T[], cursor: string | undefined): { rows: T[]; next: string | null } {
  const from = cursor ? Number(cursor) : 0;
  const to = from + DASHBOARD_PAGE;
  return { rows: rows.slice(from, to), next: to < rows.length ? String(to) : null };
}

const byName = new Intl.Collator('zh-CN').compare;

/** The counties a city admin may switch between (none for anyone else). */
async function switchableCounties(ctx: Ctx): Promise<{ id: string; name: string }[]> {
  const cities = ctx.grants.filter((g) => g.role === 'city_admin' && g.scopeLevel === 'city').map((g) => g.scopeId);
  const counties = await cityCounties(ctx.store, cities);
  return counties.sort((a, b) => a.code.localeCompare(b.code)).map((c) => ({ id: c._id, name: c.name }));
}

async function rosterPhones(ctx: Ctx, countyId: string, personIds: string[]): Promise<Map<string, string | null>> {
  if (personIds.length === 0) return new Map();
  const people = await ctx.store.find('people', { countyId, _id: { $in: personIds } }, { limit: personIds.length });
  return new Map(people.map((p) => [p._id, p.phone ?? null]));
}

/** A judged month as the dashboard ranks it: villages worst first, the people to watch, the totals. */
interface Ranked {
  closed: boolean;
  rows: Dashboard['villages'];
  atRisk: Omit<Dashboard['atRisk'][number], 'phone'>[];
  totals: Dashboard['totals'];
}

/**
 * Rankings kept for the pages that follow their first (5 minutes, 8 scopes per instance): a
 * further page of a province-sized county then reads nothing instead of judging every village
 * again, and lists the same order as the page above it.
 */
const rankings = recent<Ranked>(8, 5 * 60_000);

/** `presentToday`: 今日在村 per village (this month only; null for a past month). */
function rank(mc: MonthCompliance, presentToday: Map<string, number> | null): Ranked {
  const rows = mc.villages.map((v) => {
    // Counted by the same rule as the colours: green people (达标 once the month is over, 正常 before).
    const passing = v.persons.filter((p) => personTone(p) === 'ok').length;
    const fs = v.persons.find((p) => p.role === 'first_secretary');
    return {
      id: v.villageId,
      name: v.villageName,
      townshipName: v.townshipName,
      rank: 0,
      tone: villageTone(v),
      cadres: v.persons.length,
      passingCadres: passing,
      complianceRate: v.persons.length ? passing / v.persons.length : null,
      firstSecretary: fs?.name ?? null,
      presentToday: presentToday ? (presentToday.get(v.villageId) ?? 0) : null,
      reasons: v.reasons.slice(0, 3),
    };
  });
  rows.sort(
    (a, b) =>
      TONE_ORDER[a.tone] - TONE_ORDER[b.tone] ||
      (b.complianceRate ?? -1) - (a.complianceRate ?? -1) ||
      byName(a.name, b.name),
  );
  rows.forEach((r, i) => (r.rank = i + 1));

  const atRisk = mc.villages
    .flatMap((v) => v.persons.map((p) => ({ v, p, tone: personTone(p) })))
    .filter((x) => x.tone !== 'ok')
    // People of one village sit together: only people of different villages need the collator.
    .sort((a, b) => TONE_ORDER[b.tone] - TONE_ORDER[a.tone] || (a.v === b.v ? 0 : byName(a.v.villageName, b.v.villageName)))
    .map(({ v, p, tone }) => ({
      personId: p.personId,
      name: p.name,
      roleLabel: ROLE_LABELS[p.role],
      villageId: v.villageId,
      villageName: v.villageName,
      tone,
      sentence: personSentence(p),
    }));

  const persons = mc.villages.flatMap((v) => v.persons);
  return {
    closed: mc.closed,
    rows,
    atRisk,
    totals: {
      villages: mc.villages.length,
      cadres: persons.length,
      passing: persons.filter((p) => personTone(p) === 'ok').length,
      atRisk: persons.filter((p) => personTone(p) === 'warn').length,
      failing: persons.filter((p) => personTone(p) === 'bad').length,
    },
  };
}

/** The supervisor's dashboard for a month: ranking, at-risk list, last months' rates. */
export async function buildDashboard(
  ctx: Ctx,
  input: { month?: string; townshipId?: string; countyId?: string; villagesCursor?: string; atRiskCursor?: string; search?: string; tone?: Tone; withTrend?: boolean },
): Promise<Dashboard> {
  const target = await resolveComplianceTarget(ctx, { townshipId: input.townshipId, countyId: input.countyId });
  const thisMonth = shanghaiMonth(ctx.now);
  const month = input.month ?? thisMonth;
  const months: string[] = [thisMonth];
  while (months.length < DASHBOARD_MONTHS) months.push(prevMonth(months[months.length - 1]));
  const today = shanghaiDay(ctx.now);
  const current = month === thisMonth;
  // The ranking of a further page is the one its first page judged, when this instance still keeps it.
  const key = `${target.countyId}:${target.scope.level}:${target.scope.id}:${month}:${today}`;
  const later = !!(input.villagesCursor || input.atRiskCursor);
  const judge = async (): Promise<{ mc: MonthCompliance; ranked: Ranked }> => {
    // 今日在村 per village, counted from each village's rollups as it is judged (they are not kept).
    const presentToday = new Map<string, number>();
    const present = (doc: MemberMonth | null) => !!doc && (doc.presentDays.includes(today) || doc.fieldDays.includes(today));
    const mc = await computeMonthCompliance(ctx.store, target, month, ctx.now, {
      eachVillage: (v, rollupOf) => presentToday.set(v.villageId, v.persons.filter((p) => present(rollupOf(p.personId))).length),
    });
    const ranked = rank(mc, current ? presentToday : null);
    rankings.set(ctx.store, key, ranked, ctx.now);
    return { mc, ranked };
  };
  const kept = later ? rankings.get(ctx.store, key, ctx.now) : null;
  const [judged, config] = await Promise.all([kept ? null : judge(), countyRules(ctx.store, target.countyId)]);
  const ranked = judged?.ranked ?? kept!;
  const { rows, atRisk } = ranked;

  const q = input.search?.replace(/\s+/g, '') ?? '';
  const holds = (...names: (string | null)[]) => !q || names.some((n) => n?.includes(q));
  const shown = rows.filter((r) => (!input.tone || r.tone === input.tone) && holds(r.name, r.townshipName, r.firstSecretary));
  const villagePage = page(shown, input.villagesCursor);
  const watchPage = page(
    atRisk.filter((p) => holds(p.name, p.villageName)),
    input.atRiskCursor,
  );
  // Phones for this page only (50 people at most): one read.
  const phones = await rosterPhones(ctx, target.countyId, watchPage.rows.map((p) => p.personId));
  const atRiskPage = { ...watchPage, rows: watchPage.rows.map((p) => ({ ...p, phone: phones.get(p.personId) ?? null })) };
  const countyLevel =
    target.scope.level === 'county' ||
    ctx.grants.some((g) => (g.scopeLevel === 'county' && g.scopeId === target.countyId && g.role !== 'inspector') || g.role === 'city_admin');
  const supervised = new Set(ctx.grants.filter((g) => g.role === 'township_supervisor').map((g) => g.scopeId));
  const townships = [...target.townshipNames]
    .filter(([id]) => countyLevel || supervised.has(id))
    .map(([id, name]) => ({ id, name }));

  return {
    scope: target.scope,
    month,
    today,
    closed: ranked.closed,
    months,
    townships: townships.length > 1 || countyLevel ? townships : [],
    legend: toneLegend(config),
    totals: ranked.totals,
    countyId: target.countyId,
    counties: await switchableCounties(ctx),
    matching: shown.length,
    villages: villagePage.rows,
    atRisk: atRiskPage.rows,
    // A further page of either list, or another month of the same scope, comes without the chart when
    // the app says it keeps the first answer's.
    trend: !judged || later || input.withTrend === false ? [] : await trend(ctx, target, months, judged.mc),
    villagesNext: villagePage.next,
    atRiskNext: atRiskPage.next,
  };
}
