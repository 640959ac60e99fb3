/**
 * Clock-in load on the local stack (HTTP, the same handlers as the cloud function, SQLite),
 * printed and never asserted: `session.whoami` as the router's floor, then `attendance.clockIn`
 * from 200 bound cadres, then from one cadre who already holds 1,500 records of the day (the
 * cost of a clock-in must not grow with them). Concurrency 16. The load comes from a worker thread
 * (`http-load.mjs`), so the client's own work does not run on the server's event loop.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ids } from '../cloudfunctions/common/model';
import { SqliteDriver } from '../cloudfunctions/common/store/sqlite';
import { startLocalStack } from '../dev/server';

const NOW = new Date('2026-11-20T02:00:00Z'); // 10:00 in Shanghai
const CONCURRENCY = 16;
const REQUESTS = Number(process.env.BENCH_CLOCKINS ?? 2000);
const CADRES = 200;
const HEAVY_RECORDS = 1500;

interface Call {
  openid: string;
  action: string;
  data?: unknown;
}
interface LoadResult {
  rate: number;
  p50: number;
  p99: number;
  failed: number;
  firstFailure: unknown;
  /** CPU time of the server's thread per request, ms (null off Linux). */
  serverCpu: number | null;
}

/**
 * CPU time of this process's main thread, the one the local stack answers on, in ms: unlike the
 * rate it does not move with what else the machine runs. Linux /proc (100 ticks a second); null elsewhere.
 */
function serverThreadCpuMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime
  } catch {
    return null;
  }
}

/** Sends `n` calls from a worker thread (`http-load.mjs`), CONCURRENCY at a time. */
function load(url: string, n: number, make: (i: number) => Call): Promise<LoadResult> {
  const calls = Array.from({ length: n }, (_, i) => {
    const { openid, action, data } = make(i);
    return { openid, body: JSON.stringify({ action, data }) };
  });
  const worker = new Worker(new URL('./http-load.mjs', import.meta.url), { workerData: { url, concurrency: CONCURRENCY, calls } });
  const cpu0 = serverThreadCpuMs();
  return new Promise((ok, fail) => {
    worker.once('message', (r: Omit<LoadResult, 'serverCpu'>) => {
      const cpu1 = serverThreadCpuMs();
      if (r.failed) console.log(`    first failure: ${JSON.stringify(r.firstFailure)}`);
      ok({ ...r, serverCpu: cpu0 === null || cpu1 === null ? null : (cpu1 - cpu0) / n });
    });
    worker.once('error', fail);
  });
}

async function main() {
  process.env.ZHUCUN_SCHEDULER_EVERY_S = '0';
  const dir = mkdtempSync(join(tmpdir(), 'zhucun-load-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const stack = await startLocalStack({ port, dataDir: dir, h5Dir: join(dir, 'h5'), seed: true, clock: () => NOW });
  // Bind 200 more cadres in the demo villages, straight into the stack's file.
  const store = new SqliteDriver(join(dir, 'zhucun.sqlite'));
  const county = ids.county('430121');
  const villages = await store.find('villages', { countyId: county });
  for (let i = 0; i < CADRES; i++) {
    const v = villages[i % villages.length];
    const personId = ids.person(county, `L${String(i).padStart(4, '0')}`);
    await store.put('people', { _id: personId, countyId: county, code: `L${i}`, name: `压测${i}`, phone: null, unitId: null, villageId: v._id, stationedFrom: null, stationedUntil: null, openid: `load-${i}` });
    await store.put('grants', { _id: ids.grant(personId, 'team_member', v._id), personId, countyId: county, role: 'team_member', scopeLevel: 'village', scopeId: v._id, scopeName: v.name });
  }
  const fenceOf = new Map(villages.map((v) => [v._id, v.fence[0]]));
  const at = (i: number) => fenceOf.get(villages[i % villages.length]._id)!;

  const line = (name: string, r: Awaited<ReturnType<typeof load>>) =>
    console.log(
      `  ${name.padEnd(56)} ${r.rate.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1).padStart(5)} ms  p99 ${r.p99.toFixed(1).padStart(6)} ms` +
        `${r.serverCpu === null ? '' : `  server CPU ${r.serverCpu.toFixed(2)} ms/req`}${r.failed ? `  (${r.failed} failed)` : ''}`,
    );
  console.log(`clock-in load on the local stack (HTTP, SQLite), concurrency ${CONCURRENCY}; server CPU: the stack's thread, per request`);
  await load(stack.url, 200, (i) => ({ openid: `load-${i % CADRES}`, action: 'session.whoami' })); // warm up
  line(`session.whoami × ${REQUESTS} (router floor)`, await load(stack.url, REQUESTS, (i) => ({ openid: `load-${i % CADRES}`, action: 'session.whoami' })));
  const clockIn = (openid: string, i: number, p: { lat: number; lng: number }, tag: string) => ({
    openid,
    action: 'attendance.clockIn',
    data: { lat: p.lat, lng: p.lng, accuracyM: 20, clientRequestId: `bench-${tag}-${i}` },
  });
  line(`attendance.clockIn × ${REQUESTS}, ${CADRES} cadres`, await load(stack.url, REQUESTS, (i) => clockIn(`load-${i % CADRES}`, i, at(i % CADRES), 'many')));

  // One cadre who already has 1,500 records today.
  const heavy = ids.person(county, 'L0000');
  const v0 = villages[0];
  await store.transaction(async (tx) => {
    for (let k = 0; k < HEAVY_RECORDS; k++) {
      const time = new Date(NOW.getTime() - (HEAVY_RECORDS - k) * 1000).toISOString();
      await tx.put('clockins', { _id: `${heavy}:pre-${k}`, personId: heavy, villageId: v0._id, townshipId: v0.townshipId, countyId: county, at: time, receivedAt: time, day: '2026-11-20', month: '2026-11', lat: at(0).lat, lng: at(0).lng, accuracyM: 20, fuzzy: false, distanceM: 0, decision: 'in-village', reason: null, syncedLater: false, fuzzyWidening: null });
    }
  });
  line(`attendance.clockIn × 500, one cadre with ${HEAVY_RECORDS} records today`, await load(stack.url, 500, (i) => clockIn('load-0', i, at(0), 'heavy')));
  store.close();
  await stack.close();
  rmSync(dir, { recursive: true, force: true });
}

void main();
