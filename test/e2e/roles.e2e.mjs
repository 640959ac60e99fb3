// Browser check of every demo role against the real local stack (`node scripts/start.mjs`:
// H5 build + the api function on SQLite, demo seed): each role enters through
// '选择体验身份' and its home shows data from the API; the first secretary also clocks in.
// Screenshots: test-results/e2e/<role>.png. Last line: `N passed, M failed`.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const port = Number(process.env.E2E_PORT) || (await freePort());
const base = `http://127.0.0.1:${port}`;
const shots = 'test-results/e2e';
mkdirSync(shots, { recursive: true });
const dataDir = mkdtempSync(join(tmpdir(), 'zhucun-e2e-'));

// Own process group, so the build and the server it starts are stopped together.
const server = spawn(process.execPath, ['scripts/start.mjs'], {
  env: { ...process.env, PORT: String(port), ZHUCUN_DATA_DIR: dataDir },
  stdio: ['ignore', 'inherit', 'inherit'],
  detached: true,
});
let serverExited = false;
server.on('exit', () => (serverExited = true));
let stopped = false;
const stop = () => {
  if (stopped) return;
  stopped = true;
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  try {
    rmSync(dataDir, { recursive: true, force: true });
  } catch {
    // best effort
  }
};
process.on('exit', stop);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

async function waitHealthy(timeoutMs = 180_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (serverExited) throw new Error('local stack exited before it became healthy');
    try {
      // Healthy, and the H5 app is served (the build may still be landing in dist/h5).
      if ((await fetch(`${base}/healthz`)).ok && (await fetch(`${base}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`local stack not healthy at ${base}/healthz within ${timeoutMs / 1000} s`);
}

async function clockIn(page) {
  await page.locator('taro-button-core', { hasText: '模拟位置' }).click();
  await page.getByText(/已打卡 \d\d:\d\d/).first().waitFor({ timeout: 15000 });
}

// button: label in the role picker; expect: texts that only appear once the API answered (demo seed).
const roles = [
  { role: 'demo-admin', button: '县级管理员', expect: ['长沙县', '城关镇'] },
  { role: 'demo-supervisor', button: '乡镇督导', expect: ['红旗村', '新民村'] },
  { role: 'demo-fs', button: '第一书记', expect: ['红旗村', '本月'], then: clockIn },
  { role: 'demo-member', button: '驻村工作队员', expect: ['红旗村'] },
  { role: 'demo-villager', button: '村民', expect: ['邀请码'] },
];

let passed = 0;
let failed = 0;
let browser;
try {
  await waitHealthy();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  for (const r of roles) {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await page.goto(base);
      const title = page.getByText('选择体验身份');
      if (!(await title.waitFor({ timeout: 20000 }).then(() => true, () => false))) {
        await page.reload(); // once: a first load can race a concurrent H5 rebuild
        await title.waitFor({ timeout: 20000 });
      }
      await page.locator('taro-button-core', { hasText: r.button }).first().click();
      for (const text of r.expect) await page.getByText(text).first().waitFor({ timeout: 20000 });
      if (r.then) await r.then(page);
      await page.screenshot({ path: `${shots}/${r.role}.png`, fullPage: true });
      console.log(`ok   ${r.role} (${r.button}) -> ${shots}/${r.role}.png`);
      passed++;
    } catch (e) {
      await page.screenshot({ path: `${shots}/${r.role}-failed.png`, fullPage: true }).catch(() => {});
      console.log(`FAIL ${r.role} (${r.button}): ${String(e.message).split('\n')[0]}`);
      failed++;
    } finally {
      await page.close();
    }
  }
} catch (e) {
  console.log(`FAIL setup: ${e.message}`);
  failed += roles.length - passed - failed || 1;
} finally {
  await browser?.close().catch(() => {});
  stop();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
