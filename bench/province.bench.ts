/**
 * Province scale, printed and never asserted: the admin's month (`compliance.monthly`) and
 * dashboard (`reports.dashboard`) for counties of 2,000 / 6,000 / 20,000 cadres (and one of 900),
 * each next to a hand-written SQL GROUP BY over the same rows on the same SQLite file (the floor),
 * with the answer's size, the database reads it took (a counting driver), and the growth between
 * sizes; then month close. Sizes: BENCH_SIZES=2000,6000 while iterating.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { route } from '../cloudfunctions/api/app';
import { dispatch } from '../cloudfunctions/scheduler/dispatch';
import { monthClose } from '../cloudfunctions/scheduler/jobs/month-close';
import { SqliteDriver } from '../cloudfunctions/common/store/sqlite';
import { testServices } from '../test/cloudfunctions/harness';
import { seedDemo } from '../dev/seed';
import { countingStore, type StoreCounts } from './counting-store';
import { generateCounty } from './province-data';

const SIZES = (process.env.BENCH_SIZES ?? '2000,6000,20000').split(',').map(Number);
const NOW = new Date('2026-11-20T03:00:00Z'); // a Friday, 11:00 in Shanghai
const MONTH = '2026-11';
const LAST = '2026-10';
const CLOSE_AT = new Date('2026-11-01T00:00:00Z'); // 08:00 on the 1st in Shanghai, after the default close time

interface Measure {
  ms: number;
  bytes: number;
  counts: StoreCounts;
  note: string;
}

const fmtMs = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const fmtBytes = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MB` : `${(n / 1024).toFixed(0)} KB`);

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'zhucun-province-'));
  const raw = new SqliteDriver(join(dir, 'bench.db'));
  const { store, counts, reset } = countingStore(raw);
  const { services } = testServices();
  await seedDemo(raw, NOW, { admin: 'demo-admin', supervisor: 'demo-supervisor', fs: 'demo-fs', member: 'demo-member' });

  /** One call through the router as the county's admin, best of `runs`. */
  async function view(openid: string, action: string, data: unknown, runs: number): Promise<Measure & { data: Record<string, unknown> }> {
    let best: (Measure & { data: Record<string, unknown> }) | null = null;
    for (let i = 0; i < runs; i++) {
      reset();
      const t0 = performance.now();
      const res = (await route({ action, data }, { openid, now: NOW, store, services, env: 'local' })) as { ok: boolean; data?: Record<string, unknown>; error?: unknown };
      const ms = performance.now() - t0;
      if (!res.ok) throw new Error(`${action}: ${JSON.stringify(res.error)}`);
      const bytes = Buffer.byteLength(JSON.stringify(res));
      if (!best || ms < best.ms) best = { ms, bytes, counts: { ...counts }, note: '', data: res.data! };
    }
    return best!;
  }

  /** The floor: one GROUP BY per village over the same rollups, straight SQL on the same file. */
  function floor(countyId: string): number {
    const sql = `SELECT json_extract(doc, '$.villageId') AS v, COUNT(*) AS n, SUM(json_array_length(doc, '$.presentDays')) AS d,
      SUM(json_array_length(doc, '$.diaries')) AS w FROM c_person_months
      WHERE json_extract(doc, '$.countyId') = ? AND json_extract(doc, '$.month') = ? GROUP BY v`;
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      raw.db.prepare(sql).all(countyId, MONTH);
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  }

  const rows: { size: number; name: string; m: Measure; floorMs: number }[] = [];
  const sizes = [900, ...SIZES];
  for (const size of sizes) {
    const code = String(900000 + size);
    const admin = `bench-admin-${size}`;
    const t0 = performance.now();
    const { countyId, villages } = await generateCounty(raw, { code, cadres: size, adminOpenid: admin, months: [LAST, MONTH], today: '2026-11-20' });
    console.log(`\n${size} cadres, ${villages} villages (county ${countyId}; generated directly in ${fmtMs(performance.now() - t0)})`);
    const floorMs = floor(countyId);
    const runs = 3;

    // Month close of last month, as the scheduler runs it on the 1st (timed once: it writes); by
    // the 20th, when the views are measured, last month reads from its snapshots.
    reset();
    const tc = performance.now();
    const closed = await dispatch([monthClose], { store, services, now: CLOSE_AT, log: () => undefined });
    const closeMs = performance.now() - tc;
    const closeCounts = { ...counts };

    const month = await view(admin, 'compliance.monthly', { month: MONTH }, runs);
    const more = month.data.nextCursor
      ? await view(admin, 'compliance.monthly', { month: MONTH, cursor: month.data.nextCursor }, runs)
      : null;
    const dash = await view(admin, 'reports.dashboard', { month: MONTH }, runs);
    // Scrolling the ranking: the next 50, as the app asks for them after the first answer.
    const dashMore = dash.data.villagesNext
      ? await view(admin, 'reports.dashboard', { month: MONTH, villagesCursor: dash.data.villagesNext }, runs)
      : null;

    const past = await view(admin, 'compliance.monthly', { month: LAST }, runs);
    // As the app asks when the admin switches to a past month: the chart (the last months up to
    // this one, whatever month is shown) is kept from the first answer.
    const pastDash = await view(admin, 'reports.dashboard', { month: LAST, withTrend: false }, runs);
    const pastDashChart = await view(admin, 'reports.dashboard', { month: LAST }, runs);
    // 新建问卷's village choice: the townships and their counts, then one township's villages.
    const picker = await view(admin, 'org.villagePicker', {}, runs);
    const pickerTownship = await view(admin, 'org.villagePicker', { townshipId: (picker.data.townships as { id: string }[])[0].id }, runs);

    const line = (name: string, m: Measure, withFloor = true) => {
      rows.push({ size, name, m, floorMs });
      console.log(
        `  ${name.padEnd(34)} ${fmtMs(m.ms).padStart(8)}  ${fmtBytes(m.bytes).padStart(8)}  reads ${String(m.counts.reads).padStart(5)} (${m.counts.docs} docs)` +
          (withFloor ? `  ×${(m.ms / floorMs).toFixed(0)} floor` : ''),
      );
    };
    console.log(`  ${'SQL GROUP BY (floor)'.padEnd(34)} ${fmtMs(floorMs).padStart(8)}`);
    line('compliance.monthly, first page', month);
    if (more) line('compliance.monthly, next page', more);
    line('reports.dashboard', dash);
    if (dashMore) line('reports.dashboard, next page', dashMore);
    line(`compliance.monthly ${LAST} (closed)`, past);
    line(`reports.dashboard ${LAST}, switched`, pastDash);
    line(`reports.dashboard ${LAST} + chart`, pastDashChart);
    line('org.villagePicker (townships)', picker);
    line('org.villagePicker (one township)', pickerTownship);
    console.log(`  ${'month close (all counties due)'.padEnd(34)} ${fmtMs(closeMs).padStart(8)}  writes ${closeCounts.writes}, reads ${closeCounts.reads}  ${JSON.stringify(closed.notes)}`);
  }

  const VIEWS = ['compliance.monthly, first page', 'compliance.monthly, next page', 'reports.dashboard'];
  console.log('\ngrowth (time ratio between sizes; linear would equal the size ratio)');
  for (const name of VIEWS) {
    for (let i = 1; i < sizes.length; i++) {
      const a = rows.find((r) => r.size === sizes[i - 1] && r.name === name);
      const b = rows.find((r) => r.size === sizes[i] && r.name === name);
      if (!a || !b) continue;
      console.log(`  ${name.padEnd(34)} ${sizes[i - 1]} → ${sizes[i]} cadres (×${(sizes[i] / sizes[i - 1]).toFixed(1)}): time ×${(b.m.ms / a.m.ms).toFixed(1)}, floor ×${(b.floorMs / a.floorMs).toFixed(1)}`);
    }
  }

  // The goals of a province (issue 12), printed next to what was measured: never asserted, the machine is shared.
  console.log('\ngoals (≤ 100 ms at 900 cadres; ≤ 1.5 s and ≤ 1 MB at 20,000; 10× the cadres at most 12× the time)');
  for (const name of VIEWS) {
    const at = (size: number) => rows.find((r) => r.size === size && r.name === name);
    const small = at(900);
    const big = at(20000) ?? at(sizes[sizes.length - 1]);
    const parts: string[] = [];
    if (small) parts.push(`900: ${fmtMs(small.m.ms)} ${small.m.ms <= 100 ? 'met' : 'NOT met'}`);
    if (big && big.size !== 900) {
      const verdict = big.size === 20000 ? (big.m.ms <= 1500 && big.m.bytes <= 1024 * 1024 ? ' met' : ' NOT met') : '';
      parts.push(`${big.size}: ${fmtMs(big.m.ms)}, ${fmtBytes(big.m.bytes)}${verdict}`);
      const base = at(sizes.find((n) => n !== 900 && n < big.size) ?? 900);
      if (base) {
        const perTenfold = (big.m.ms / base.m.ms) / (big.size / base.size) * 10;
        parts.push(`growth ${base.size} → ${big.size}: ×${perTenfold.toFixed(1)} per 10× ${perTenfold <= 12 ? 'met' : 'NOT met'}`);
      }
    }
    console.log(`  ${name.padEnd(34)} ${parts.join('; ')}`);
  }
  raw.close();
  rmSync(dir, { recursive: true, force: true });
}

void main();
