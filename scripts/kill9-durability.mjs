// kill -9 of the local stack during a bounded write loop loses no acknowledged write.
//
// Starts the local stack (SQLite, WAL) on a fresh data folder, sends clock-ins (each with its own
// clientRequestId, a few in flight at once), SIGKILLs the server in the middle of the loop, starts
// it again on the same folder and checks that every clock-in the server acknowledged (answered
// ok) is there: its record in the store, its day in the month's rollup, and a resend answering the
// very same result from its idempotency marker. `npm test` runs it (scripts/test-all.mjs).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

const MAX_WRITES = 400; // the bound of the loop
const KILL_AFTER_ACKS = 120; // SIGKILL once this many writes are acknowledged (the loop is still sending)
const IN_FLIGHT = 4;
const OPENID = 'demo-fs';
const PERSON = 'psn_430121_P0101';

const dataDir = mkdtempSync(join(tmpdir(), 'zhucun-kill9-'));
const port = 20000 + (process.pid % 20000);
const url = `http://127.0.0.1:${port}`;
const fail = (msg) => {
  console.error(`kill -9 durability: FAILED: ${msg}`);
  process.exitCode = 1;
};

function start(seed) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'dev/main.ts'], {
    env: { ...process.env, PORT: String(port), ZHUCUN_DATA_DIR: dataDir, ZHUCUN_SEED: seed ? 'demo' : 'none', ZHUCUN_SCHEDULER_EVERY_S: '0', ZHUCUN_STORE: 'sqlite', ZHUCUN_H5_DIR: join(dataDir, 'no-h5') },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return child;
}

async function ready(child) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`server exited with ${child.exitCode ?? child.signalCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start within 60 s');
}

async function api(action, data) {
  const res = await fetch(`${url}/fn/api`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-zhucun-openid': OPENID }, body: JSON.stringify({ action, data }) });
  return res.json();
}

function readStore(sql, ...args) {
  const db = new Database(join(dataDir, 'zhucun.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...args);
  } finally {
    db.close();
  }
}

const exited = (child) => child.exitCode !== null || child.signalCode !== null;
const stopped = (child) => new Promise((r) => (exited(child) ? r() : child.once('exit', r)));

let server = start(true);
try {
  await ready(server);
  const [village] = readStore(`SELECT doc FROM c_villages WHERE id = 'vil_430121_V001'`);
  const fence = JSON.parse(village.doc).fence[0];
  const input = (i) => ({ lat: fence.lat, lng: fence.lng, accuracyM: 20, clientRequestId: `k9-${String(i).padStart(6, '0')}` });

  const acked = new Map(); // clientRequestId → the answer
  let next = 0;
  let killed = false;
  const worker = async () => {
    while (!killed && next < MAX_WRITES) {
      const i = next++;
      try {
        const r = await api('attendance.clockIn', input(i));
        if (r.ok) acked.set(input(i).clientRequestId, r);
        else fail(`write ${i} refused: ${JSON.stringify(r.error)}`);
      } catch {
        // the server died under this request: not acknowledged
      }
      if (!killed && acked.size >= KILL_AFTER_ACKS) {
        killed = true;
        server.kill('SIGKILL');
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  await stopped(server);
  const sent = next;
  if (!killed) fail('the loop ended before the kill');
  console.log(`kill -9 durability: ${sent} writes sent, ${acked.size} acknowledged, then SIGKILL`);

  server = start(false);
  await ready(server);
  const stored = new Set(readStore(`SELECT id FROM c_clockins WHERE id LIKE ?`, `${PERSON}:k9-%`).map((r) => r.id));
  const lost = [...acked.keys()].filter((crid) => !stored.has(`${PERSON}:${crid}`));
  if (lost.length) fail(`${lost.length} acknowledged writes lost: ${lost.slice(0, 5).join(', ')}…`);
  if (stored.size > sent) fail(`${stored.size} stored, more than the ${sent} sent`);
  for (const day of new Set([...acked.values()].map((r) => r.data.day))) {
    const [month] = readStore(`SELECT doc FROM c_person_months WHERE id = ?`, `${PERSON}:${day.slice(0, 7)}`);
    if (!month || !JSON.parse(month.doc).presentDays.includes(day)) fail(`the rollup of ${day.slice(0, 7)} lost ${day}`);
  }
  // Each acknowledged write answers the same from its marker (and writes nothing new).
  for (const [crid, first] of acked) {
    const again = await api('attendance.clockIn', { ...input(Number(crid.slice(3))) });
    if (JSON.stringify(again) !== JSON.stringify(first)) {
      fail(`resend of ${crid} answered ${JSON.stringify(again)}, not ${JSON.stringify(first)}`);
      break;
    }
  }
  const after = readStore(`SELECT COUNT(*) AS n FROM c_clockins WHERE id LIKE ?`, `${PERSON}:k9-%`)[0].n;
  if (after !== stored.size) fail(`resends wrote ${after - stored.size} new clock-ins`);
  if (!process.exitCode) console.log(`kill -9 durability: ok — all ${acked.size} acknowledged writes survived (${stored.size} stored of ${sent} sent)`);
} catch (e) {
  fail(e instanceof Error ? e.stack : String(e));
} finally {
  if (!exited(server)) {
    server.kill('SIGTERM');
    await stopped(server);
  }
  rmSync(dataDir, { recursive: true, force: true });
}
