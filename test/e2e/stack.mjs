// Shared by every browser journey: starts the real local stack (`node scripts/start.mjs`: H5 build
// when stale + the api function on SQLite with the demo seed) on a free port and a fresh data
// folder, launches Debian's Chromium, and offers the small steps every journey repeats.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const SHOTS = 'test-results/e2e';

/**
 * The journey's clock: with ZHUCUN_NOW (which the local stack it starts also takes), it starts at that
 * instant and ticks; otherwise it is the real clock. Journeys reckon their days from it, never from Date.now().
 */
const CLOCK_OFFSET = process.env.ZHUCUN_NOW ? Date.parse(process.env.ZHUCUN_NOW) - Date.now() : 0;
if (Number.isNaN(CLOCK_OFFSET)) throw new Error(`ZHUCUN_NOW is not an instant: ${process.env.ZHUCUN_NOW}`);
export const journeyNow = () => Date.now() + CLOCK_OFFSET;
/** The Shanghai day of an instant (ms). */
export const shanghaiDayOf = (ms) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);

/** The first year after the journey's that neither the bundled holiday data nor the demo seed (which enters only the current year) knows. */
export function yearWithoutHolidayData() {
  const packaged = Object.keys(JSON.parse(readFileSync('node_modules/chinese-days/dist/chinese-days.json', 'utf8')).holidays).map((d) => Number(d.slice(0, 4)));
  return Math.max(...packaged, Number(shanghaiDayOf(journeyNow()).slice(0, 4))) + 1;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** Starts the local stack; resolves once healthy and serving the H5 app. */
export async function startStack() {
  const port = Number(process.env.E2E_PORT) || (await freePort());
  const base = `http://127.0.0.1:${port}`;
  mkdirSync(SHOTS, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'zhucun-e2e-'));
  // Own process group, so the build and the server it starts are stopped together.
  const server = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, PORT: String(port), ZHUCUN_DATA_DIR: dataDir },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  let exited = false;
  server.on('exit', () => (exited = true));
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  process.on('exit', stop);
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

  const until = Date.now() + 420_000; // a first run may rebuild the H5 app
  for (;;) {
    if (exited) throw new Error('local stack exited before it became healthy');
    try {
      if ((await fetch(`${base}/healthz`)).ok && (await fetch(`${base}/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`local stack not healthy at ${base}/healthz within 420 s`);
    await new Promise((r) => setTimeout(r, 500));
  }
  return { base, dataDir, stop };
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Taro renders buttons as <taro-button-core>. */
export const button = (page, text) => page.locator('taro-button-core', { hasText: text }).first();

/** Opens the app and enters as a demo role through '选择体验身份'. */
export async function enterAs(page, base, roleButton) {
  await page.goto(base);
  const title = page.getByText('选择体验身份');
  if (!(await title.waitFor({ timeout: 20000 }).then(() => true, () => false))) {
    await page.reload(); // once: a first load can race a concurrent H5 rebuild
    await title.waitFor({ timeout: 20000 });
  }
  await button(page, roleButton).click();
}

/** Bottom tab of the role tab bar. */
export const tab = (page, label) => page.locator('.role-tabbar__item', { hasText: label }).first();

/** Opens the app at a set server time (storage key 'zhucun.now', this page only) as a demo role. */
export async function enterAt(page, base, iso, role) {
  await page.addInitScript((now) => globalThis.localStorage.setItem('zhucun.now', JSON.stringify({ data: now })), iso);
  await enterAs(page, base, role);
}

/** Runs the scheduler at a set time (POST /fn/scheduler with X-Zhucun-Now), as the timer trigger would; resolves to its answer. */
export async function tick(base, iso) {
  const res = await fetch(`${base}/fn/scheduler`, { method: 'POST', headers: { 'x-zhucun-now': iso }, body: '{}' });
  return res.json();
}

/** The scheduler runs at `tickIso` and sends the clock-in reminder; the first secretary, entering at `enterIso`, reads it in 我的 → 消息. */
export async function cadreReadsClockInReminder(page, base, tickIso, enterIso) {
  const r = await tick(base, tickIso);
  if (!r.ran?.some((id) => id.startsWith('clock-in-reminder:'))) throw new Error(`clock-in reminder did not run: ${JSON.stringify(r)}`);
  await enterAt(page, base, enterIso, '第一书记');
  await tab(page, '我的').click();
  await page.getByText(/条未读/).first().waitFor({ timeout: 20000 });
  await page.locator('.card', { hasText: '消息' }).first().click();
  await page.getByText('驻村打卡提醒').first().waitFor({ timeout: 20000 });
}

/** On the 预警 page: marks the first open alert 已处理 with a note and waits until it leaves the list. */
export async function acknowledgeFirstAlert(page, note) {
  await page.getByText(/待处理（\d+）/).first().waitFor({ timeout: 20000 });
  const first = page.locator('.card', { has: page.locator('textarea') }).first();
  const text = (await first.locator('.alert-text').innerText()).trim();
  await first.locator('textarea').fill(note);
  await first.locator('taro-button-core', { hasText: '标记已处理' }).click();
  await page.locator('.card', { hasText: text }).first().waitFor({ state: 'detached', timeout: 15000 });
}

/**
 * The first working day after `day` by the server's calendar (the county's, holidays and 调休 included). When
 * that falls in a year nobody has entered a holiday schedule for (31 December, say), the county admin enters a
 * minimal one first (元旦 only), as an admin would have by then.
 */
export async function nextWorkingDay(base, day) {
  let month = day.slice(0, 7);
  for (let i = 0; i < 3; i += 1) {
    let cal = await callApi(base, 'demo-admin', 'calendar.month', { month });
    if (!cal.ok && cal.error.code === 'CALENDAR_UNKNOWN') {
      const year = Number(month.slice(0, 4));
      await api(base, 'demo-admin', 'calendar.year.set', { year, holidays: [{ name: '元旦', from: `${year}-01-01`, to: `${year}-01-01` }], makeupWorkdays: [], clientRequestId: `e2e-year-${year}` });
      cal = await callApi(base, 'demo-admin', 'calendar.month', { month });
    }
    if (!cal.ok) throw new Error(`calendar.month ${month}: ${cal.error.code}`);
    const next = cal.data.days.find((d) => d.date > day && (d.kind === 'workday' || d.kind === 'makeup-workday'));
    if (next) return next.date;
    const [y, m] = month.split('-').map(Number);
    month = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  }
  throw new Error(`no working day within three months after ${day}`);
}

async function callApi(base, openid, action, data) {
  const res = await fetch(`${base}/fn/api`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Zhucun-Openid': openid },
    body: JSON.stringify({ action, data }),
  });
  return res.json();
}

/** Calls one api action as a demo openid (POST /fn/api); resolves to its data and throws on an error answer. */
export async function api(base, openid, action, data) {
  const body = await callApi(base, openid, action, data);
  if (!body.ok) throw new Error(`${action}: ${body.error.code} ${body.error.message}`);
  return body.data;
}

/**
 * Runs named steps in order, screenshots each to test-results/e2e/<name>.png (or <name>-failed.png),
 * prints `N passed, M failed` and exits non-zero on failure. A journey's later steps are skipped
 * once one fails, since they build on it.
 */
export async function runJourney(title, steps) {
  let passed = 0;
  let failed = 0;
  let stack;
  let browser;
  try {
    stack = await startStack();
    browser = await launchBrowser();
    const ctx = { base: stack.base, browser };
    for (const [name, fn] of steps) {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      try {
        await fn(page, ctx);
        await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
        console.log(`ok   ${title}: ${name} -> ${SHOTS}/${name}.png`);
        passed++;
      } catch (e) {
        await page.screenshot({ path: `${SHOTS}/${name}-failed.png`, fullPage: true }).catch(() => {});
        console.log(`FAIL ${title}: ${name}: ${String(e.message).split('\n')[0]}`);
        failed++;
        break;
      } finally {
        await page.close();
      }
    }
  } catch (e) {
    console.log(`FAIL ${title} setup: ${e.message}`);
    failed++;
  } finally {
    await browser?.close().catch(() => {});
    stack?.stop();
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
