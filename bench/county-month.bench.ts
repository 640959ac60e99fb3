/**
 * How long a county's month takes to compute from the per-person rollups (what the product does)
 * versus the naive baseline of paging through every clock-in of the month, on SQLite with a
 * synthetic county of province-typical size. Printed side by side; nothing is asserted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monthCalendar, villageMonthCompliance, type MonthContext, type PersonMonthRecord } from '../src/core';
import { DEFAULT_RULE_CONFIG } from '../src/core/rules/config';
import { cadreMonthRecords, type PersonMonthDoc } from '../cloudfunctions/common/month';
import { findAll } from '../cloudfunctions/common/store/driver';
import { SqliteDriver } from '../cloudfunctions/common/store/sqlite';

const VILLAGES = Number(process.env.BENCH_VILLAGES ?? 300);
const CADRES = 3;
const MONTH = '2026-10';
const COUNTY = 'cty_bench';

async function seed(store: SqliteDriver) {
  const cal = monthCalendar(MONTH);
  if (!cal.ok) throw new Error('calendar');
  const workdays = cal.days.filter((d) => d.kind === 'workday' || d.kind === 'makeup-workday').map((d) => d.date);
  await store.transaction(async (tx) => {
    for (let v = 0; v < VILLAGES; v++) {
      const villageId = `vil_${v}`;
      for (let c = 0; c < CADRES; c++) {
        const personId = `per_${v}_${c}`;
        await tx.put('people', { _id: personId, countyId: COUNTY, code: personId, name: `干部${v}-${c}`, phone: null, unitId: null, villageId, openid: null });
        await tx.put('grants', { _id: `g_${personId}`, personId, countyId: COUNTY, role: c === 0 ? 'first_secretary' : 'team_member', scopeLevel: 'village', scopeId: villageId, scopeName: villageId });
        const present = workdays.filter((_, i) => (i + v + c) % 7 !== 0);
        const doc: PersonMonthDoc = {
          _id: `${personId}:${MONTH}`, personId, villageId, townshipId: `tsp_${v % 20}`, countyId: COUNTY, month: MONTH,
          presentDays: present, fieldDays: [], officialDays: [], leaveDays: [],
          diaries: present.map((day) => ({ day, writtenAt: `${day}T12:00:00.000Z` })),
          firstClockIn: Object.fromEntries(present.map((d) => [d, `${d}T01:00:00.000Z`])),
        };
        await tx.put('person_months', doc as unknown as PersonMonthDoc & Record<string, unknown>);
        for (const day of present) {
          await tx.put('clockins', { _id: `${personId}:${day}`, personId, villageId, townshipId: doc.townshipId, countyId: COUNTY, day, month: MONTH, at: `${day}T01:00:00.000Z`, decision: 'in-village' });
        }
      }
    }
  });
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const r = await fn();
  return [performance.now() - t0, r];
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'zhucun-bench-'));
  const store = new SqliteDriver(join(dir, 'bench.db'));
  await seed(store);
  const cal = monthCalendar(MONTH);
  if (!cal.ok) throw new Error('calendar');
  const ctx: MonthContext = { calendar: cal, today: '2026-11-02', config: DEFAULT_RULE_CONFIG, now: new Date('2026-11-02T02:00:00Z') };
  const villageIds = Array.from({ length: VILLAGES }, (_, v) => `vil_${v}`);
  const judge = (records: PersonMonthRecord[]) => {
    const byVillage = new Map<string, PersonMonthRecord[]>();
    records.forEach((r, i) => byVillage.set(villageIds[Math.floor(i / CADRES)], [...(byVillage.get(villageIds[Math.floor(i / CADRES)]) ?? []), r]));
    return [...byVillage].map(([villageId, members]) => villageMonthCompliance({ villageId, members }, ctx));
  };

  const [rollupMs, rollupResult] = await time(async () => {
    const rows = await cadreMonthRecords(store, COUNTY, villageIds, MONTH);
    return judge(rows.map((r) => r.record));
  });
  const [rawMs, rawReads] = await time(async () => {
    // Baseline: page through every clock-in of the month (1,000 a page, as CloudBase allows).
    const clockins = await findAll(store, 'clockins', { countyId: COUNTY, month: MONTH });
    return clockins.length;
  });
  const pages = Math.ceil(rawReads / 1000);
  console.log(`county month, ${VILLAGES} villages × ${CADRES} cadres (${VILLAGES * CADRES} people), SQLite`);
  console.log(`  rollups (product)        ${rollupMs.toFixed(0).padStart(6)} ms  reads ${3 * Math.ceil((VILLAGES * CADRES) / 1000)} pages (people, grants, rollups), ${rollupResult.length} villages judged`);
  console.log(`  every clock-in (baseline) ${rawMs.toFixed(0).padStart(5)} ms  reads ${pages} pages (${rawReads} clock-ins), nothing judged yet`);
  store.close();
  rmSync(dir, { recursive: true, force: true });
}

void main();
